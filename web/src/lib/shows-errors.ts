/**
 * Mutation options for components that show the server's refusal (CONFLICT) next to what was tried: the error link
 * then leaves out its generic "changed in the meantime" toast.
 */
export const SHOWS_ERRORS = { context: { showsErrors: true } } as const;
