// The anonymous holder cookie's name and format, shared by the cookie helpers and the sign-in hook.
export const HOLDER_COOKIE = "bo_holder";
export const HOLDER_ID_PATTERN = /^[0-9a-f-]{36}$/;
