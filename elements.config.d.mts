/** Tag → source entry of each element (see elements.config.mjs). */
export declare const elements: Record<string, string>;
