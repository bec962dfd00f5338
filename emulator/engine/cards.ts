/**
 * Stripe's test cards, by what they do at each step. The numbers and outcomes follow Stripe's testing
 * documentation; anything else that passes the Luhn check behaves like 4242 4242 4242 4242.
 */

export type Decline = "generic_decline" | "insufficient_funds" | "card_declined";

export interface CardBehaviour {
  /** Attaching to a customer (Stripe validates the card): null = fine. */
  attach: Decline | null;
  /** A SetupIntent: whether 3-D Secure is asked for, and a decline. */
  setup: { authenticate: boolean; decline: Decline | null };
  /** A payment with the customer present. `declineAfterAuth` = authenticated, then declined. */
  onSession: { authenticate: boolean; decline: Decline | null };
  /** A payment without the customer (renewals, trial ends): 3-D Secure is impossible there. */
  offSession: {
    authenticationRequired: boolean;
    decline: Decline | null;
    /** Succeeds only once the card was set up (authenticated) for future use; before that, authentication_required. */
    needsSetupFirst?: boolean;
  };
}

const OK: CardBehaviour = {
  attach: null,
  setup: { authenticate: false, decline: null },
  onSession: { authenticate: false, decline: null },
  offSession: { authenticationRequired: false, decline: null },
};

const ALWAYS_AUTHENTICATE: CardBehaviour = {
  attach: null,
  setup: { authenticate: true, decline: null },
  onSession: { authenticate: true, decline: null },
  offSession: { authenticationRequired: true, decline: null },
};

const BEHAVIOURS: Record<string, CardBehaviour> = {
  "4242424242424242": OK,
  // Authentication on session; once set up, off-session payments go through.
  "4000002500003155": {
    ...OK,
    setup: { authenticate: true, decline: null },
    onSession: { authenticate: true, decline: null },
    offSession: { authenticationRequired: false, decline: null, needsSetupFirst: true },
  },
  "4000002760003184": ALWAYS_AUTHENTICATE,
  "4000000000003220": ALWAYS_AUTHENTICATE,
  "4000000000003063": ALWAYS_AUTHENTICATE,
  // Authentication succeeds, every payment is then declined.
  "4000008260003178": {
    attach: null,
    setup: { authenticate: true, decline: null },
    onSession: { authenticate: true, decline: "insufficient_funds" },
    offSession: { authenticationRequired: false, decline: "insufficient_funds" },
  },
  "4000008400001629": {
    attach: null,
    setup: { authenticate: true, decline: null },
    onSession: { authenticate: true, decline: "card_declined" },
    offSession: { authenticationRequired: false, decline: "card_declined" },
  },
  "4000000000009995": {
    attach: "insufficient_funds",
    setup: { authenticate: false, decline: "insufficient_funds" },
    onSession: { authenticate: false, decline: "insufficient_funds" },
    offSession: { authenticationRequired: false, decline: "insufficient_funds" },
  },
  "4000000000000002": {
    attach: "generic_decline",
    setup: { authenticate: false, decline: "generic_decline" },
    onSession: { authenticate: false, decline: "generic_decline" },
    offSession: { authenticationRequired: false, decline: "generic_decline" },
  },
  // Attaching succeeds; charging fails.
  "4000000000000341": {
    ...OK,
    onSession: { authenticate: false, decline: "generic_decline" },
    offSession: { authenticationRequired: false, decline: "generic_decline" },
  },
};

export function cardBehaviour(number: string): CardBehaviour {
  return BEHAVIOURS[number] ?? OK;
}

/** Stripe's test PaymentMethod ids, each standing for a card number. */
export const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_amex: "378282246310005",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_authenticationRequired: "4000002760003184",
  pm_card_authenticationRequiredOnSetup: "4000002500003155",
  pm_card_threeDSecure2Required: "4000000000003220",
  pm_card_chargeCustomerFail: "4000000000000341",
};

export function brandOf(number: string): string {
  if (/^4/.test(number)) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard";
  if (/^3[47]/.test(number)) return "amex";
  if (/^(6011|65|64[4-9])/.test(number)) return "discover";
  if (/^35/.test(number)) return "jcb";
  if (/^(36|30|38)/.test(number)) return "diners";
  if (/^62/.test(number)) return "unionpay";
  return "unknown";
}

export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Stripe's customer-facing wording for each decline; the app shows these to buyers. */
export const DECLINE_MESSAGES: Record<string, string> = {
  generic_decline: "Your card was declined.",
  card_declined: "Your card was declined.",
  insufficient_funds: "Your card has insufficient funds.",
  authentication_required: "Your card was declined. This transaction requires authentication.",
  expired_card: "Your card has expired.",
  incorrect_number: "Your card number is incorrect.",
  invalid_cvc: "Your card's security code is invalid.",
  invalid_expiry_month: "Your card's expiration month is invalid.",
  invalid_expiry_year: "Your card's expiration year is invalid.",
};
