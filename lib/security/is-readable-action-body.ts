/**
 * Whether a server-action request's body can be decoded at all: React sends its arguments either as a JSON array
 * (`text/plain`) or as multipart form data. Anything else would fail inside the framework as a 500; the proxy
 * answers 400 instead. (Well-formed arguments of the wrong shape are refused by each action's own validation.)
 */
export async function isReadableActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      await request.formData();
      return true;
    }
    if (type.startsWith("text/plain")) {
      return Array.isArray(JSON.parse(await request.text()));
    }
  } catch {
    return false;
  }
  return false;
}
