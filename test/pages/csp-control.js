// A style attribute set from script: blocked (and reported) under style-src 'self'.
document.querySelector('p').setAttribute('style', 'color: red');
