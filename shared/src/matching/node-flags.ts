/**
 * Node's flags for the processes that run the engine once and end: `npm run match` (package.json's script, which a
 * test holds to these) and the bench's runs (shared/bench/bench-match.ts).
 *
 * V8 optimises the hot functions on the second core while the first runs them unoptimised, and a hackathon-size run
 * ends before the compiler has caught up: one run of 300 ms at 300 × 1000 queued 520 ms of optimising jobs. Inlining
 * only functions of at most 100 bytes of bytecode (460 by default) cut those jobs to about 310 ms: the engine's time
 * fell by 18–42 ms (medians of 9 fresh runs each, interleaved with runs without the flag) on the bench's three
 * hackathon instances, by 0–30 ms on three of the second generator's (shared/bench/second-generator.ts), and stayed
 * as it was at 60 × 200 and national size (within ±50 ms of 0.6–0.8 s and 3.6–4.8 s); the bench's 15 × 50 instance,
 * most of whose 0.3 s is HiGHS's JavaScript, took 25 ms longer. Results do not change: the search's budgets count
 * work, not time. (Without any inlining, national size took 15% longer; without loop peeling too, hackathon size
 * another 12–23 ms sooner but national size 2.5% later.)
 * Set when the process starts: changing inlining limits at run time (`v8.setFlagsFromString`) crashed V8.
 */
export const ENGINE_NODE_FLAGS: readonly string[] = ['--max-inlined-bytecode-size=100'];
