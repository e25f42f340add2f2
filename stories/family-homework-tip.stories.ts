import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/homework-tip/family-homework-tip.js';

const meta: Meta = {
  title: 'Elements/family-homework-tip',
  component: 'family-homework-tip',
  tags: ['autodocs'],
  args: { 'tip-title': 'Count the coins', subject: 'Math', grade: '2', minutes: 15 },
  render: (args) =>
    html`<family-homework-tip
      tip-id="coins"
      tip-title=${args['tip-title']}
      subject=${args.subject}
      grade=${args.grade}
      minutes=${args.minutes}
    >
      <p slot="about">Your child is learning to add coins up to one dollar.</p>
    </family-homework-tip>`,
};
export default meta;

export const FromAttributes: StoryObj = {};
