"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger, DialogClose } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";

/** The interactive primitives, wired the way feature code should wire them. */
export function UiGallery() {
  const t = useTranslations("devUi");
  const [emailError, setEmailError] = useState<string>();

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("email");
    const email = typeof value === "string" ? value.trim() : "";
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return setEmailError(t("emailInvalid"));
    setEmailError(undefined);
    toast.success(t("saved", { email }));
  };

  return (
    <>
      <section aria-labelledby="form-heading" className="space-y-3">
        <h2 id="form-heading" className="text-lg font-semibold">
          {t("formHeading")}
        </h2>
        <form onSubmit={save} noValidate className="grid max-w-sm gap-4">
          <FormField label={t("emailLabel")} description={t("emailHelp")} error={emailError}>
            <Input name="email" type="email" autoComplete="email" />
          </FormField>
          <FormField label={t("ticketTypeLabel")}>
            {(control) => (
              <Select name="ticketType" defaultValue="standing">
                <SelectTrigger {...control}>
                  <SelectValue placeholder={t("ticketTypePlaceholder")} />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="standing">Standing</SelectItem>
                  <SelectItem value="balcony">Balcony</SelectItem>
                  <SelectItem value="vip">VIP</SelectItem>
                </SelectContent>
              </Select>
            )}
          </FormField>
          <Button type="submit" className="justify-self-start">
            {t("save")}
          </Button>
        </form>
      </section>
      <section aria-labelledby="dialog-heading" className="space-y-3">
        <h2 id="dialog-heading" className="text-lg font-semibold">
          {t("dialogHeading")}
        </h2>
        <div className="flex gap-3">
          <Dialog>
            <DialogTrigger asChild>
              <Button variant="secondary">{t("showDetails")}</Button>
            </DialogTrigger>
            <DialogContent>
              <DialogHeader>
                <DialogTitle>{t("detailsTitle")}</DialogTitle>
                <DialogDescription>{t("detailsBody")}</DialogDescription>
              </DialogHeader>
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="secondary">{t("cancel")}</Button>
                </DialogClose>
              </DialogFooter>
            </DialogContent>
          </Dialog>
          <ConfirmDialog
            trigger={<Button variant="destructive">{t("deleteEvent")}</Button>}
            title={t("deleteTitle")}
            description={t("deleteBody")}
            confirmLabel={t("deleteConfirm")}
            pendingLabel={t("deleting")}
            cancelLabel={t("cancel")}
            // Long enough for a browser test on a busy machine to see the pending state.
            onConfirm={async () => {
              await new Promise((resolve) => setTimeout(resolve, 1_500));
              toast.success(t("deleted"));
            }}
          />
        </div>
      </section>
    </>
  );
}
