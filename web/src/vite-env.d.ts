/// <reference types="vite/client" />

declare module 'virtual:iraq-outline' {
  /** Rings of Iraq's outline, each a list of [longitude, latitude]. */
  const rings: [number, number][][];
  export default rings;
}
