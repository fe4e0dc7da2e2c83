/** Made by vite.config.ts: the layout worker's script, built with the app's own chunks. */
declare module 'virtual:layout-worker-url' {
  const url: string;
  export default url;
}
