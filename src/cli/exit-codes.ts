export const EXIT_OK = 0;
/** The gate failed: findings at or above the fail severity. */
export const EXIT_FAILED = 1;
/** Bad usage, configuration or input: nothing was judged. */
export const EXIT_INPUT_ERROR = 2;
/** A bug in apigov. */
export const EXIT_INTERNAL_ERROR = 3;
