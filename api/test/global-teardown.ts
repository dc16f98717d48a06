export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __skillshiftCluster?: { stop(): Promise<void> } }).__skillshiftCluster;
  await cluster?.stop();
}
