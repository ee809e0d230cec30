// bottleneck's light build (no Redis clustering) is the one the Octokit plugins load; it has the
// same API as the package's main entry, whose types it reuses.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
