// bottleneck/light.js (the build without Redis clustering, the one the throttling plugin loads) ships
// no typings of its own; its API is the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
