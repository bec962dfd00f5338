"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { checkInAction, type CheckInState } from "@/app/(admin)/admin/check-in/actions";

type Controls = { stop(): void };

/**
 * The door screen for a phone: scan a ticket's QR code with the camera (@zxing/browser, loaded only when the
 * camera is turned on) or type the code. The same code read again within three seconds is ignored, so a QR
 * held in front of the camera is submitted once.
 */
export function CheckInStation({ events }: { events: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<CheckInState | undefined, FormData>(checkInAction, undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const controlsRef = useRef<Controls | null>(null);
  const lastScan = useRef<{ code: string; at: number }>({ code: "", at: 0 });
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState("");

  useEffect(() => () => controlsRef.current?.stop(), []);

  async function startCamera() {
    setCameraError("");
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const reader = new BrowserQRCodeReader();
      controlsRef.current = await reader.decodeFromVideoDevice(undefined, videoRef.current!, (result) => {
        if (!result) return;
        const code = result.getText().trim();
        const now = Date.now();
        if (code === lastScan.current.code && now - lastScan.current.at < 3000) return;
        lastScan.current = { code, at: now };
        if (codeRef.current) codeRef.current.value = code;
        formRef.current?.requestSubmit();
      });
      setScanning(true);
    } catch (error) {
      setCameraError(error instanceof Error && error.name === "NotAllowedError" ? "Camera permission was refused. Type the code instead." : "No camera available. Type the code instead.");
    }
  }

  function stopCamera() {
    controlsRef.current?.stop();
    controlsRef.current = null;
    setScanning(false);
  }

  const result = state?.result;
  const tone = result?.outcome === "admitted" ? "bg-green-600 text-white" : result ? "bg-red-700 text-white" : "bg-stone-100";
  return (
    <div className="mx-auto max-w-md space-y-4">
      <form ref={formRef} action={action} className="space-y-3" aria-label="Check in a ticket">
        <label className="block text-sm font-medium" htmlFor="event">Event</label>
        <select id="event" name="eventId" className="w-full rounded-md border border-stone-300 px-2 py-2">
          <option value="">Any event</option>
          {events.map((e) => (
            <option key={e.id} value={e.id}>{e.name}</option>
          ))}
        </select>
        <label className="block text-sm font-medium" htmlFor="code">Ticket code</label>
        <input ref={codeRef} id="code" name="code" autoComplete="off" autoCapitalize="characters" className="w-full rounded-md border border-stone-300 px-3 py-3 font-mono text-lg tracking-wider" placeholder="K7QM-3XD9-TB" />
        <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 py-3 text-lg font-semibold text-white disabled:opacity-50">
          {pending ? "Checking…" : "Check in"}
        </button>
      </form>
      <div role="status" aria-live="assertive" className={`min-h-24 rounded-lg p-4 text-center ${tone}`}>
        {state?.error && <p className="text-lg font-semibold">{state.error}</p>}
        {result?.outcome === "admitted" && (
          <>
            <p className="text-2xl font-bold">Valid — admit</p>
            <p>{result.ticketTypeName} · {result.eventName} · {result.code}</p>
          </>
        )}
        {result?.outcome === "already_used" && (
          <>
            <p className="text-2xl font-bold">Already used</p>
            <p>{result.code} was checked in at {new Date(result.checkedInAt).toLocaleTimeString()} ({new Date(result.checkedInAt).toISOString().slice(0, 19).replace("T", " ")} UTC)</p>
          </>
        )}
        {result?.outcome === "refunded" && <p className="text-2xl font-bold">Refunded — not valid</p>}
        {result?.outcome === "wrong_event" && <p className="text-2xl font-bold">Wrong event — this ticket is for {result.eventName}</p>}
        {result?.outcome === "unknown" && <p className="text-2xl font-bold">Unknown code</p>}
        {!state && <p className="text-stone-600">Scan or type a ticket code.</p>}
      </div>
      <div className="space-y-2">
        {scanning ? (
          <button type="button" onClick={stopCamera} className="w-full rounded-md border border-stone-300 py-2">Stop camera</button>
        ) : (
          <button type="button" onClick={() => void startCamera()} className="w-full rounded-md border border-stone-300 py-2">Scan with camera</button>
        )}
        {cameraError && <p role="alert" className="text-sm text-red-800">{cameraError}</p>}
        <video ref={videoRef} className={scanning ? "w-full rounded-lg" : "hidden"} muted playsInline aria-label="Camera preview" />
      </div>
    </div>
  );
}
