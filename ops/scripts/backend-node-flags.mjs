// The Node.js flags the backend runs with (ops/Dockerfile sets the same in NODE_OPTIONS).
// V8 sizes its heap from the machine's memory: on a 24 GiB server it let garbage pile up to
// 418 MiB resident under the benchmark. With a 256 MiB old space it stays under 200 MiB at the
// same throughput, and the heaviest export measured (100 000 posts, a 58 MB ZIP) still fits.
export const BACKEND_NODE_FLAGS = ['--max-old-space-size=256'];
