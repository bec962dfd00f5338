"use client";

import { useFormatter, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { checkInAction, type CheckInState } from "@/app/(admin)/admin/check-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/components/ui/cn";

type Controls = { stop(): void };

/**
 * The door screen for a phone: scan a ticket's QR code with the camera (@zxing/browser, loaded only when the
 * camera is turned on) or type the code. The same code read again within three seconds is ignored, so a QR
 * held in front of the camera is submitted once. After each answer the code box is emptied and focused, ready
 * for the next ticket; the event choice stays.
 */
export function CheckInStation({ events }: { events: { id: string; name: string }[] }) {
  const t = useTranslations("admin.checkIn");
  const format = useFormatter();
  const [state, action, isPending] = useActionState<CheckInState | undefined, FormData>(checkInAction, undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const controlsRef = useRef<Controls | null>(null);
  const lastScan = useRef<{ code: string; at: number }>({ code: "", at: 0 });
  const [isScanning, setIsScanning] = useState(false);
  const [cameraError, setCameraError] = useState("");

  useEffect(() => () => controlsRef.current?.stop(), []);
  useEffect(() => {
    if (!state || !codeRef.current) return;
    codeRef.current.value = "";
    codeRef.current.focus();
  }, [state]);

  const submit = () => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    startTransition(() => action(data));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  async function startCamera() {
    setCameraError("");
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const reader = new BrowserQRCodeReader();
      controlsRef.current = await reader.decodeFromVideoDevice(undefined, videoRef.current!, (result) => {
        if (!result) return;
        const code = result.getText().trim();
        const at = Date.now();
        if (code === lastScan.current.code && at - lastScan.current.at < 3000) return;
        lastScan.current = { code, at };
        if (codeRef.current) codeRef.current.value = code;
        submit();
      });
      setIsScanning(true);
    } catch (error) {
      setCameraError(error instanceof Error && error.name === "NotAllowedError" ? t("cameraRefused") : t("noCamera"));
    }
  }

  function stopCamera() {
    controlsRef.current?.stop();
    controlsRef.current = null;
    setIsScanning(false);
  }

  const result = state?.result;
  const tone = result?.outcome === "admitted" ? "bg-green-600 text-white" : result || state?.error ? "bg-red-700 text-white" : "bg-stone-100";
  return (
    <div className="mx-auto max-w-md space-y-4">
      <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={t("formLabel")}>
        <FormField label={t("event")}>
          {(control) => (
            <Select name="eventId" defaultValue="any">
              <SelectTrigger {...control} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="any">{t("anyEvent")}</SelectItem>
                {events.map((e) => (
                  <SelectItem key={e.id} value={e.id}>
                    {e.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
        <FormField label={t("code")}>
          <Input ref={codeRef} name="code" autoComplete="off" autoCapitalize="characters" className="h-12 font-mono text-lg tracking-wider" placeholder="K7QM-3XD9-TB" />
        </FormField>
        <Button type="submit" size="lg" className="w-full" disabled={isPending}>
          {isPending ? t("checking") : t("submit")}
        </Button>
      </form>
      <div role="status" aria-live="assertive" className={cn("min-h-24 rounded-lg p-4 text-center", tone)}>
        {state?.error && <p className="text-lg font-semibold">{state.error}</p>}
        {result?.outcome === "admitted" && (
          <>
            <p className="text-2xl font-bold">{t("admitted")}</p>
            <p>
              {result.ticketTypeName} · {result.eventName} · {result.code}
            </p>
          </>
        )}
        {result?.outcome === "already_used" && (
          <>
            <p className="text-2xl font-bold">{t("alreadyUsed")}</p>
            <p>{t("usedAt", { code: result.code, at: format.dateTime(new Date(result.checkedInAt), { dateStyle: "medium", timeStyle: "medium" }) })}</p>
          </>
        )}
        {result?.outcome === "refunded" && <p className="text-2xl font-bold">{t("refunded")}</p>}
        {result?.outcome === "wrong_event" && <p className="text-2xl font-bold">{t("wrongEvent", { event: result.eventName })}</p>}
        {result?.outcome === "unknown" && <p className="text-2xl font-bold">{t("unknown")}</p>}
        {!state && <p className="text-stone-600">{t("idle")}</p>}
      </div>
      <div className="space-y-2">
        {isScanning ? (
          <Button variant="secondary" className="w-full" onClick={stopCamera}>
            {t("stopCamera")}
          </Button>
        ) : (
          <Button variant="secondary" className="w-full" onClick={() => void startCamera()}>
            {t("startCamera")}
          </Button>
        )}
        {cameraError && (
          <Alert role="alert" variant="danger">
            {cameraError}
          </Alert>
        )}
        <video ref={videoRef} className={isScanning ? "w-full rounded-lg" : "hidden"} muted playsInline aria-label={t("cameraPreview")} />
      </div>
    </div>
  );
}
