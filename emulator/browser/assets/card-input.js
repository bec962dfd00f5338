// Card number / expiry / CVC inputs, shared by the Checkout form and the card Element iframe:
// formatting while typing, and validation worded as Stripe words it, so a shopper sees the same messages here
// as on Stripe and tests written against one read true against the other.

const BRANDS = [
  { brand: "amex", pattern: /^3[47]/, lengths: [15], gaps: [4, 10], cvc: 4 },
  { brand: "diners", pattern: /^3(0[0-5]|[689])/, lengths: [14, 16], gaps: [4, 10], cvc: 3 },
  { brand: "jcb", pattern: /^35/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
  { brand: "discover", pattern: /^6(011|4[4-9]|5)/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
  { brand: "unionpay", pattern: /^62/, lengths: [16, 17, 18, 19], gaps: [4, 8, 12], cvc: 3 },
  { brand: "mastercard", pattern: /^(5[1-5]|2[2-7])/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
  { brand: "visa", pattern: /^4/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
];
const UNKNOWN = { brand: "unknown", pattern: /^/, lengths: [16], gaps: [4, 8, 12], cvc: 3 };

function brandOf(digits) {
  return BRANDS.find((b) => b.pattern.test(digits)) ?? UNKNOWN;
}

function passesLuhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function onlyDigits(value) {
  return value.replace(/\D/g, "");
}

function formatNumber(digits, spec) {
  const max = Math.max(...spec.lengths);
  const kept = digits.slice(0, max);
  let out = "";
  for (let i = 0; i < kept.length; i++) {
    if (spec.gaps.includes(i)) out += " ";
    out += kept[i];
  }
  return out;
}

// "1" stays "1"; "4" becomes "04 / " because no month starts with 4; "122" becomes "12 / 2".
function formatExpiry(raw, deleting) {
  let digits = onlyDigits(raw).slice(0, 4);
  if (digits.length === 1 && Number(digits) > 1) digits = `0${digits}`;
  if (digits.length < 2) return digits;
  if (digits.length === 2 && deleting) return digits;
  return `${digits.slice(0, 2)} / ${digits.slice(2)}`;
}

function validationError(code, message) {
  return { type: "validation_error", code, message };
}

function numberError(digits, spec, final) {
  if (digits.length === 0)
    return final ? validationError("incomplete_number", "Your card number is incomplete.") : null;
  const complete = spec.lengths.includes(digits.length);
  if (complete && !passesLuhn(digits)) return validationError("invalid_number", "Your card number is invalid.");
  if (!complete && (final || digits.length >= Math.max(...spec.lengths))) {
    return validationError("incomplete_number", "Your card number is incomplete.");
  }
  return null;
}

function expiryError(digits, final, now) {
  if (digits.length < 4) {
    if (digits.length >= 2 && (Number(digits.slice(0, 2)) < 1 || Number(digits.slice(0, 2)) > 12)) {
      return validationError("invalid_expiry_month", "Your card's expiration month is invalid.");
    }
    return final ? validationError("incomplete_expiry", "Your card's expiration date is incomplete.") : null;
  }
  const month = Number(digits.slice(0, 2));
  const year = 2000 + Number(digits.slice(2, 4));
  if (month < 1 || month > 12)
    return validationError("invalid_expiry_month", "Your card's expiration month is invalid.");
  if (year < now.getFullYear())
    return validationError("invalid_expiry_year_past", "Your card's expiration year is in the past.");
  if (year === now.getFullYear() && month < now.getMonth() + 1) {
    return validationError("invalid_expiry_month_past", "Your card's expiration date is in the past.");
  }
  return null;
}

function cvcError(digits, spec, final) {
  return final && digits.length < spec.cvc
    ? validationError("incomplete_cvc", "Your card's security code is incomplete.")
    : null;
}

/**
 * Reads the three inputs. `final` is true on submit: incomplete fields are errors then, not while typing.
 * @param {{ number: HTMLInputElement, expiry: HTMLInputElement, cvc: HTMLInputElement }} inputs
 */
export function readCard(inputs, final) {
  const number = onlyDigits(inputs.number.value);
  const expiry = onlyDigits(inputs.expiry.value);
  const cvc = onlyDigits(inputs.cvc.value);
  const spec = brandOf(number);
  const errors = {
    number: numberError(number, spec, final),
    expiry: expiryError(expiry, final, new Date()),
    cvc: cvcError(cvc, spec, final),
  };
  const complete =
    spec.lengths.includes(number.length) &&
    expiry.length === 4 &&
    cvc.length >= spec.cvc &&
    !errors.number &&
    !expiryError(expiry, true, new Date());
  return {
    brand: spec.brand,
    empty: number.length + expiry.length + cvc.length === 0,
    complete,
    error: errors.number ?? errors.expiry ?? errors.cvc,
    card: { number, exp_month: Number(expiry.slice(0, 2)), exp_year: 2000 + Number(expiry.slice(2, 4)), cvc },
  };
}

/**
 * Formats the inputs as the shopper types and calls `onInput` after every change.
 * @param {{ number: HTMLInputElement, expiry: HTMLInputElement, cvc: HTMLInputElement }} inputs
 */
export function attachCardInputs(inputs, onInput) {
  inputs.number.addEventListener("input", () => {
    const digits = onlyDigits(inputs.number.value);
    const spec = brandOf(digits);
    inputs.number.value = formatNumber(digits, spec);
    inputs.cvc.maxLength = spec.cvc;
    // Move on once the number is complete and valid, as Stripe's fields do.
    if (spec.lengths.includes(digits.length) && Math.max(...spec.lengths) === digits.length && passesLuhn(digits)) {
      inputs.expiry.focus();
    }
    onInput();
  });
  inputs.expiry.addEventListener("input", (event) => {
    const deleting = /** @type {InputEvent} */ (event).inputType?.startsWith("delete") ?? false;
    inputs.expiry.value = formatExpiry(inputs.expiry.value, deleting);
    if (onlyDigits(inputs.expiry.value).length === 4) inputs.cvc.focus();
    onInput();
  });
  inputs.cvc.addEventListener("input", () => {
    inputs.cvc.value = onlyDigits(inputs.cvc.value).slice(0, brandOf(onlyDigits(inputs.number.value)).cvc);
    onInput();
  });
}
