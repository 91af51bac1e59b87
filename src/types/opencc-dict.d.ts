/** opencc-js ships its dictionaries as modules exporting one `"from to|from to|…"` string, without types. */
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string;
  export default pairs;
}
