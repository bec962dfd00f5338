/** `<meta name>` through which the root layout names the emulator's Stripe.js stand-in (absent with real Stripe). */
export const STRIPE_STAND_IN_META = "stripe-js-stand-in";
