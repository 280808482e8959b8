// Readability.js is CommonJS (`module.exports = Readability`); its types live on the package index.
declare module '@mozilla/readability/Readability.js' {
  const Readability: unknown;
  export default Readability;
}
