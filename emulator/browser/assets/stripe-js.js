/*
 * Stripe.js stand-in, served by the Stripe emulator at /v3/stripe.js and /endive/stripe.js.
 *
 * Offline, @stripe/stripe-js cannot fetch Stripe.js; the app loads this file instead and `loadStripe` picks up the
 * `window.Stripe` it defines, so app code is the same against Stripe and against the emulator. It covers what
 * Box Office and @stripe/react-stripe-js use: card and payment Elements (fields in an iframe on the emulator's
 * origin), PaymentMethods, confirming Setup/PaymentIntents with the 3-D Secure modal, and Embedded Checkout.
 * Results and errors have Stripe.js's shapes: `{ setupIntent }`, `{ paymentIntent }`, `{ paymentMethod }` or
 * `{ error: { type, code, decline_code, message, setup_intent | payment_intent } }`.
 *
 * Plain ES2020 in one classic script because `loadStripe` expects a global; the 3-D Secure modal is an ES module
 * shared with the emulator's Checkout page and loaded on first use.
 */
(function () {
  "use strict";

  // The emulator that served this script answers the API calls and serves the iframes.
  var currentScript = document.currentScript || document.querySelector('script[src$="/stripe.js"]');
  var EMULATOR = new URL(currentScript && currentScript.src ? currentScript.src : location.href).origin;
  var AUTHENTICATION_FAILED =
    "We are unable to authenticate your payment method. Please choose a different payment method and try again.";

  class IntegrationError extends Error {
    constructor(message) {
      super(message);
      this.name = "IntegrationError";
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // HTTP to the emulator, authenticated with the publishable key as Stripe.js is.

  function encodeForm(params, prefix, out) {
    out = out || new URLSearchParams();
    Object.keys(params).forEach(function (key) {
      var value = params[key];
      if (value === undefined || value === null) return;
      var name = prefix ? prefix + "[" + key + "]" : key;
      if (typeof value === "object") encodeForm(value, name, out);
      else out.append(name, String(value));
    });
    return out;
  }

  async function callApi(client, method, path, params) {
    var headers = { Authorization: "Bearer " + client.key };
    if (client.stripeAccount) headers["Stripe-Account"] = client.stripeAccount;
    var url = EMULATOR + path;
    var init = { method: method, headers: headers };
    if (method === "GET") url += "?" + encodeForm(params);
    else {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = encodeForm(params);
    }
    var response;
    try {
      response = await fetch(url, init);
    } catch (cause) {
      return {
        error: { type: "api_connection_error", message: "Could not reach the Stripe emulator at " + EMULATOR + "." },
      };
    }
    var body = await response.json().catch(function () {
      return null;
    });
    if (!response.ok) {
      return {
        error: (body && body.error) || {
          type: "api_error",
          message: "The Stripe emulator answered HTTP " + response.status + ".",
        },
      };
    }
    return { data: body };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Intents: client secrets, confirmation, next actions.

  var KINDS = {
    payment: {
      prefix: "pi_",
      path: "/v1/payment_intents/",
      result: "paymentIntent",
      errorKey: "payment_intent",
      lastError: "last_payment_error",
    },
    setup: {
      prefix: "seti_",
      path: "/v1/setup_intents/",
      result: "setupIntent",
      errorKey: "setup_intent",
      lastError: "last_setup_error",
    },
  };

  function parseClientSecret(clientSecret, expected, method) {
    var kindName = typeof clientSecret === "string" && clientSecret.indexOf("seti_") === 0 ? "setup" : "payment";
    var kind = KINDS[expected || kindName];
    var match =
      typeof clientSecret === "string" &&
      clientSecret.indexOf(kind.prefix) === 0 &&
      clientSecret.indexOf("_secret_") > 0;
    if (!match) {
      throw new IntegrationError(
        "Invalid value for " +
          method +
          ": clientSecret should be a client secret of the form " +
          kind.prefix +
          "${id}_secret_${secret}. You specified: " +
          String(clientSecret) +
          ".",
      );
    }
    return { kind: kind, id: clientSecret.split("_secret_")[0] };
  }

  function intentResult(kind, intent) {
    var result = {};
    result[kind.result] = intent;
    return result;
  }

  async function retrieveIntent(client, kind, id, clientSecret) {
    return callApi(client, "GET", kind.path + encodeURIComponent(id), { client_secret: clientSecret });
  }

  // Stripe.js errors from a confirmation carry the intent as it now stands.
  async function errorResult(client, kind, id, clientSecret, error) {
    if (!error[kind.errorKey]) {
      var fresh = await retrieveIntent(client, kind, id, clientSecret);
      if (fresh.data) error = Object.assign({}, error, { [kind.errorKey]: fresh.data });
    }
    return { error: error };
  }

  function challengeUrlOf(nextAction) {
    if (!nextAction) return null;
    if (nextAction.type === "use_stripe_sdk" && nextAction.use_stripe_sdk)
      return nextAction.use_stripe_sdk.stripe_js || null;
    if (nextAction.type === "redirect_to_url" && nextAction.redirect_to_url)
      return nextAction.redirect_to_url.url || null;
    return null;
  }

  // Shows the 3-D Secure challenge for an intent in `requires_action`, then reports the intent as it ends up.
  async function runNextAction(client, kind, intent, clientSecret) {
    var url = challengeUrlOf(intent.status === "requires_action" ? intent.next_action : null);
    if (!url) return intentResult(kind, intent);
    var modal = await import(EMULATOR + "/_emulator/assets/challenge-modal.js");
    // The page's report is only a cue: the intent itself says how authentication ended.
    await modal.openChallenge(new URL(url, EMULATOR).href, intent.id);
    var fresh = await retrieveIntent(client, kind, intent.id, clientSecret);
    if (fresh.error) return { error: fresh.error };
    var lastError = fresh.data[kind.lastError];
    if (fresh.data.status === "requires_payment_method" && lastError) {
      var error = Object.assign({ message: AUTHENTICATION_FAILED }, lastError);
      error[kind.errorKey] = fresh.data;
      return { error: error };
    }
    return intentResult(kind, fresh.data);
  }

  // `payment_method` may be an id, or `{ card: cardElement, billing_details }` to collect from an Element.
  async function paymentMethodId(paymentMethod) {
    if (paymentMethod === undefined || paymentMethod === null) return {};
    if (typeof paymentMethod === "string") return { id: paymentMethod };
    var element = paymentMethod.card;
    if (!(element instanceof Element)) {
      throw new IntegrationError(
        "Invalid value for payment_method.card: expected a card Element created by this Stripe.js.",
      );
    }
    var result = await element._send("create-payment-method", {
      billing_details: paymentMethod.billing_details,
      metadata: paymentMethod.metadata,
    });
    return result.error ? { error: result.error } : { id: result.paymentMethod.id };
  }

  async function confirmIntent(client, kindName, clientSecret, data, options, method) {
    var parsed = parseClientSecret(clientSecret, kindName, method);
    data = data || {};
    var pm = await paymentMethodId(data.payment_method);
    if (pm.error) return { error: pm.error };
    var params = {
      client_secret: clientSecret,
      payment_method: pm.id,
      return_url: data.return_url,
      setup_future_usage: data.setup_future_usage,
      receipt_email: data.receipt_email,
    };
    var confirmed = await callApi(
      client,
      "POST",
      parsed.kind.path + encodeURIComponent(parsed.id) + "/confirm",
      params,
    );
    if (confirmed.error) return errorResult(client, parsed.kind, parsed.id, clientSecret, confirmed.error);
    if (options && options.handleActions === false) return intentResult(parsed.kind, confirmed.data);
    return runNextAction(client, parsed.kind, confirmed.data, clientSecret);
  }

  // confirmSetup / confirmPayment: the Payment Element flow, redirecting to return_url unless told not to.
  async function confirmWithElements(client, kindName, options, method) {
    options = options || {};
    var state = options.elements ? groups.get(options.elements) : null;
    var clientSecret = options.clientSecret || (state && state.options.clientSecret);
    if (!clientSecret)
      throw new IntegrationError(method + "(): pass `clientSecret`, or `elements` created with a clientSecret.");
    var confirmParams = options.confirmParams || {};
    var redirectIfRequired = options.redirect === "if_required";
    if (!redirectIfRequired && !confirmParams.return_url) {
      throw new IntegrationError(
        method + "(): the `confirmParams.return_url` argument is required unless passing `redirect: 'if_required'`.",
      );
    }
    var element = state ? state.byType.get("payment") || state.byType.get("card") : null;
    var data = Object.assign({}, confirmParams, {
      payment_method:
        confirmParams.payment_method ||
        (element
          ? {
              card: element,
              billing_details: confirmParams.payment_method_data && confirmParams.payment_method_data.billing_details,
            }
          : undefined),
    });
    var result = await confirmIntent(client, kindName, clientSecret, data, {}, method);
    if (result.error || redirectIfRequired) return result;
    var kind = KINDS[kindName];
    var intent = result[kind.result];
    var target = new URL(confirmParams.return_url, location.href);
    target.searchParams.set(kind.errorKey, intent.id);
    target.searchParams.set(kind.errorKey + "_client_secret", clientSecret);
    target.searchParams.set(
      "redirect_status",
      intent.status === "succeeded" ? "succeeded" : intent.status === "processing" ? "pending" : "failed",
    );
    location.assign(target.href);
    return new Promise(function () {});
  }

  async function handleNextAction(client, clientSecret, kindName, method) {
    var parsed = parseClientSecret(clientSecret, kindName, method);
    var current = await retrieveIntent(client, parsed.kind, parsed.id, clientSecret);
    if (current.error) return { error: current.error };
    if (current.data.status !== "requires_action") {
      var error = {
        type: "invalid_request_error",
        code: parsed.kind.errorKey + "_unexpected_state",
        message:
          method +
          ': the intent has status "' +
          current.data.status +
          '"; only an intent in "requires_action" has a next action to handle.',
      };
      error[parsed.kind.errorKey] = current.data;
      return { error: error };
    }
    return runNextAction(client, parsed.kind, current.data, clientSecret);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Elements: each Element is an iframe on the emulator's origin; they talk by postMessage, checked both ways.

  var FRAME_TITLES = { card: "Secure card payment input frame", payment: "Secure payment input frame" };
  var INITIAL_HEIGHTS = { card: 24, payment: 170 };
  var groups = new WeakMap();
  var elementCount = 0;

  function resolveContainer(target, what) {
    var node = typeof target === "string" ? document.querySelector(target) : target;
    if (typeof target === "string" && !node) {
      throw new IntegrationError(
        "The selector you specified (" +
          target +
          ") applies to no DOM elements that are currently on the page.\nMake sure the element exists on the page before calling " +
          what +
          ".mount().",
      );
    }
    if (!(node instanceof HTMLElement))
      throw new IntegrationError(
        "Invalid DOM element. Make sure to call " + what + ".mount() with a valid DOM element or selector.",
      );
    return node;
  }

  class Element {
    constructor(group, type, options) {
      this._group = group;
      this._type = type;
      this._options = Object.assign({}, options);
      this._id = "el_" + ++elementCount + "_" + Math.random().toString(36).slice(2, 10);
      this._handlers = {};
      this._frame = null;
      this._container = null;
      this._destroyed = false;
      this._pending = new Map();
      this._requestCount = 0;
      this._whenReady = null;
      this._markReady = null;
      this._onMessage = this._onMessage.bind(this);
    }

    mount(target) {
      if (this._destroyed)
        throw new IntegrationError("This Element has already been destroyed. Please create a new one.");
      if (this._frame)
        throw new IntegrationError(
          "This Element is already mounted. Use `unmount()` to unmount the Element before re-mounting.",
        );
      var container = resolveContainer(target, "element");
      var query = new URLSearchParams({
        type: this._type,
        id: this._id,
        key: this._group.client.key,
        origin: location.origin,
        style: JSON.stringify(this._options.style || {}),
        disabled: String(Boolean(this._options.disabled)),
      });
      var frame = document.createElement("iframe");
      frame.title = FRAME_TITLES[this._type];
      frame.src = EMULATOR + "/_emulator/elements/card?" + query;
      frame.setAttribute("frameborder", "0");
      frame.setAttribute("allowtransparency", "true");
      frame.setAttribute("scrolling", "no");
      frame.style.cssText =
        "border:0;width:100%;display:block;background:transparent;color-scheme:normal;height:" +
        INITIAL_HEIGHTS[this._type] +
        "px";
      var self = this;
      this._whenReady = new Promise(function (resolve) {
        self._markReady = resolve;
      });
      this._frame = frame;
      this._container = container;
      container.classList.add("StripeElement", "StripeElement--empty");
      container.append(frame);
      window.addEventListener("message", this._onMessage);
    }

    unmount() {
      if (!this._frame) return;
      window.removeEventListener("message", this._onMessage);
      this._frame.remove();
      this._container.classList.remove(
        "StripeElement",
        "StripeElement--empty",
        "StripeElement--complete",
        "StripeElement--invalid",
        "StripeElement--focus",
      );
      this._frame = null;
      this._container = null;
      this._pending.forEach(function (resolve) {
        resolve({ error: { type: "validation_error", message: "The Element was unmounted before it could answer." } });
      });
      this._pending.clear();
    }

    destroy() {
      this.unmount();
      this._destroyed = true;
      if (this._group.byType.get(this._type) === this) this._group.byType.delete(this._type);
    }

    on(event, handler) {
      (this._handlers[event] = this._handlers[event] || []).push(handler);
      return this;
    }

    once(event, handler) {
      var self = this;
      function wrapped(payload) {
        self.off(event, wrapped);
        handler(payload);
      }
      return this.on(event, wrapped);
    }

    off(event, handler) {
      if (!handler) delete this._handlers[event];
      else
        this._handlers[event] = (this._handlers[event] || []).filter(function (h) {
          return h !== handler;
        });
      return this;
    }

    update(options) {
      Object.assign(this._options, options);
      this._command("update", { style: this._options.style, disabled: this._options.disabled });
    }

    clear() {
      this._command("clear");
    }
    blur() {
      this._command("blur");
    }
    collapse() {}

    focus() {
      if (this._frame) this._frame.focus();
      this._command("focus");
    }

    _emit(event, payload) {
      (this._handlers[event] || []).slice().forEach(function (handler) {
        handler(payload);
      });
    }

    _command(command, payload, requestId) {
      if (!this._frame || !this._frame.contentWindow) return;
      var message = {
        type: "emulator-element-command",
        element: this._id,
        command: command,
        payload: payload,
        requestId: requestId,
      };
      var frame = this._frame;
      this._whenReady.then(function () {
        if (frame.contentWindow) frame.contentWindow.postMessage(message, EMULATOR);
      });
    }

    // Asks the iframe to do something with the card data only it holds; resolves with its `{ … } | { error }`.
    _send(command, payload) {
      if (!this._frame) {
        return Promise.reject(
          new IntegrationError(
            "We could not retrieve data from the specified Element. Please make sure the Element you are attempting to use is still mounted.",
          ),
        );
      }
      var requestId = this._id + ":" + ++this._requestCount;
      var pending = this._pending;
      var promise = new Promise(function (resolve) {
        pending.set(requestId, resolve);
      });
      this._command(command, payload, requestId);
      return promise;
    }

    _onMessage(event) {
      if (event.origin !== EMULATOR || !this._frame || event.source !== this._frame.contentWindow) return;
      var data = event.data;
      if (!data || data.element !== this._id) return;
      if (data.type === "emulator-element-result") {
        var resolve = this._pending.get(data.requestId);
        this._pending.delete(data.requestId);
        if (resolve) resolve(data.result);
        return;
      }
      if (data.type !== "emulator-element-event") return;
      var payload = data.payload || {};
      var classes = this._container.classList;
      if (data.event === "resize") {
        this._frame.style.height = payload.height + "px";
      } else if (data.event === "ready") {
        this._markReady();
        this._emit("ready", { elementType: this._type });
      } else if (data.event === "change") {
        classes.toggle("StripeElement--empty", Boolean(payload.empty));
        classes.toggle("StripeElement--complete", Boolean(payload.complete));
        classes.toggle("StripeElement--invalid", Boolean(payload.error));
        this._emit("change", payload);
      } else if (data.event === "focus" || data.event === "blur") {
        classes.toggle("StripeElement--focus", data.event === "focus");
        this._emit(data.event, { elementType: this._type });
      }
    }
  }

  var SUPPORTED_ELEMENTS = ["card", "payment"];

  function createElementsGroup(client, options) {
    var state = { client: client, options: Object.assign({}, options), byType: new Map() };
    var elements = {
      create: function (type, elementOptions) {
        if (SUPPORTED_ELEMENTS.indexOf(type) < 0) {
          throw new IntegrationError(
            "The Stripe emulator's Stripe.js offers the 'card' and 'payment' Elements; '" +
              type +
              "' is not available offline.",
          );
        }
        if (state.byType.has(type)) throw new IntegrationError("Can only create one Element of type " + type + ".");
        var element = new Element(state, type, elementOptions);
        state.byType.set(type, element);
        return element;
      },
      // react-stripe-js passes its component, which names the Element type in `__elementType`.
      getElement: function (typeOrComponent) {
        var type =
          typeof typeOrComponent === "string" ? typeOrComponent : typeOrComponent && typeOrComponent.__elementType;
        return state.byType.get(type) || null;
      },
      update: function (updates) {
        Object.assign(state.options, updates);
        return Promise.resolve();
      },
      fetchUpdates: function () {
        return Promise.resolve({});
      },
      submit: async function () {
        var element = state.byType.get("payment") || state.byType.get("card");
        if (!element) return { error: { type: "validation_error", message: "There is no Payment Element to submit." } };
        var result = await element._send("validate");
        return result.error ? { error: result.error } : { selectedPaymentMethod: "card" };
      },
      on: function () {},
    };
    groups.set(elements, state);
    return elements;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Embedded Checkout: the emulator's form in an iframe. Like Stripe.js, one live instance per page.

  var liveEmbeddedCheckout = null;

  function createEmbeddedCheckout(options) {
    var instance = {};
    var frame = null;
    var destroyed = false;
    var sessionId = null;

    function onMessage(event) {
      if (event.origin !== EMULATOR || !frame || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type === "emulator-embedded-resize" && data.height > 0) {
        frame.style.height = data.height + "px";
      } else if (data.type === "emulator-embedded-reveal" && typeof data.top === "number" && data.height > 0) {
        // The form's 3-D Secure challenge, centred in the window (top and height are in the frame's coordinates);
        // one taller than the window is scrolled to its top instead, so its heading is never above the screen.
        var frameTop = frame.getBoundingClientRect().top;
        var offset =
          data.height + 16 > window.innerHeight ? data.top - 8 : data.top + data.height / 2 - window.innerHeight / 2;
        window.scrollBy({ top: frameTop + offset, behavior: "instant" });
      } else if (data.type === "emulator-checkout-complete") {
        // redirect_on_completion "always" (the default) sends the shopper to return_url; otherwise the app's
        // onComplete takes over, as with Stripe.
        if (data.redirect_on_completion === "always" && data.redirect_url) location.assign(data.redirect_url);
        else if (typeof options.onComplete === "function") options.onComplete();
      }
    }

    instance.mount = function (target) {
      if (destroyed) {
        throw new IntegrationError(
          "This Embedded Checkout instance has been destroyed. Create a new one with stripe.createEmbeddedCheckoutPage() to show Checkout again.",
        );
      }
      if (frame)
        throw new IntegrationError("Embedded Checkout is already mounted. Call unmount() before mounting it again.");
      var container = resolveContainer(target, "embeddedCheckout");
      frame = document.createElement("iframe");
      frame.title = "Embedded Checkout";
      frame.name = "embedded-checkout";
      frame.src =
        EMULATOR +
        "/_emulator/embedded/" +
        encodeURIComponent(sessionId) +
        "?" +
        new URLSearchParams({ origin: location.origin });
      frame.setAttribute("allow", "payment *");
      frame.style.cssText = "border:0;width:100%;display:block;min-height:320px;height:640px;background:transparent";
      container.append(frame);
      window.addEventListener("message", onMessage);
    };

    instance.unmount = function () {
      if (!frame) return;
      window.removeEventListener("message", onMessage);
      frame.remove();
      frame = null;
    };

    instance.destroy = function () {
      instance.unmount();
      destroyed = true;
      if (liveEmbeddedCheckout === instance) liveEmbeddedCheckout = null;
    };

    return {
      instance: instance,
      setSession: function (id) {
        sessionId = id;
      },
    };
  }

  async function createEmbeddedCheckoutPage(options) {
    if (!options || (!options.clientSecret && typeof options.fetchClientSecret !== "function")) {
      throw new IntegrationError(
        "createEmbeddedCheckoutPage: you must provide one of either `clientSecret` or `fetchClientSecret`.",
      );
    }
    if (liveEmbeddedCheckout) throw new IntegrationError("You cannot have multiple Embedded Checkout objects.");
    var created = createEmbeddedCheckout(options);
    // Claimed before awaiting the secret, so two quick calls cannot both succeed.
    liveEmbeddedCheckout = created.instance;
    try {
      var clientSecret = options.clientSecret || (await options.fetchClientSecret());
      if (
        typeof clientSecret !== "string" ||
        clientSecret.indexOf("cs_") !== 0 ||
        clientSecret.indexOf("_secret_") < 0
      ) {
        throw new IntegrationError(
          "Invalid client secret for Embedded Checkout: expected the client_secret of a Checkout Session (cs_…_secret_…).",
        );
      }
      created.setSession(clientSecret.split("_secret_")[0]);
      return created.instance;
    } catch (error) {
      liveEmbeddedCheckout = null;
      throw error;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The Stripe object.

  function elementOf(value, method) {
    if (!(value instanceof Element))
      throw new IntegrationError(method + ": expected a card or payment Element created by this Stripe.js.");
    return value;
  }

  function createStripe(key, options) {
    var client = { key: key, stripeAccount: options.stripeAccount };
    var wrappers = [];

    return {
      elements: function (elementsOptions) {
        return createElementsGroup(client, elementsOptions || {});
      },

      createPaymentMethod: async function (data, legacyElement, legacyData) {
        // Also the older positional form createPaymentMethod("card", cardElement, { billing_details }).
        if (typeof data === "string") data = Object.assign({ type: data, card: legacyElement }, legacyData);
        var element =
          data && data.elements
            ? groups.get(data.elements) &&
              (groups.get(data.elements).byType.get("payment") || groups.get(data.elements).byType.get("card"))
            : data && data.card;
        var params = (data && data.params) || data || {};
        var result = await elementOf(element, "createPaymentMethod")._send("create-payment-method", {
          billing_details: params.billing_details,
          metadata: params.metadata,
        });
        return result.error ? { error: result.error } : { paymentMethod: result.paymentMethod };
      },

      createToken: async function (element, data) {
        var result = await elementOf(element, "createToken")._send("create-token", { name: data && data.name });
        return result.error ? { error: result.error } : { token: result.token };
      },

      confirmCardSetup: function (clientSecret, data, opts) {
        return confirmIntent(client, "setup", clientSecret, data, opts, "stripe.confirmCardSetup");
      },
      confirmCardPayment: function (clientSecret, data, opts) {
        return confirmIntent(client, "payment", clientSecret, data, opts, "stripe.confirmCardPayment");
      },
      confirmSetup: function (opts) {
        return confirmWithElements(client, "setup", opts, "stripe.confirmSetup");
      },
      confirmPayment: function (opts) {
        return confirmWithElements(client, "payment", opts, "stripe.confirmPayment");
      },

      retrieveSetupIntent: async function (clientSecret) {
        var parsed = parseClientSecret(clientSecret, "setup", "stripe.retrieveSetupIntent");
        var result = await retrieveIntent(client, parsed.kind, parsed.id, clientSecret);
        return result.error ? { error: result.error } : { setupIntent: result.data };
      },
      retrievePaymentIntent: async function (clientSecret) {
        var parsed = parseClientSecret(clientSecret, "payment", "stripe.retrievePaymentIntent");
        var result = await retrieveIntent(client, parsed.kind, parsed.id, clientSecret);
        return result.error ? { error: result.error } : { paymentIntent: result.data };
      },

      handleNextAction: function (opts) {
        return handleNextAction(client, opts && opts.clientSecret, null, "stripe.handleNextAction");
      },
      handleCardAction: function (clientSecret) {
        return handleNextAction(client, clientSecret, "payment", "stripe.handleCardAction");
      },

      createEmbeddedCheckoutPage: createEmbeddedCheckoutPage,
      // The name older Stripe.js releases use for the same thing.
      initEmbeddedCheckout: createEmbeddedCheckoutPage,

      // Wrapper libraries announce themselves; nothing to do offline but accept it.
      registerAppInfo: function (info) {
        wrappers.push(info);
      },
      _registerWrapper: function (info) {
        wrappers.push(info);
      },
    };
  }

  function Stripe(key, options) {
    if (typeof key !== "string" || key === "") {
      throw new IntegrationError("Please call Stripe() with your publishable key. You used an empty string.");
    }
    if (/^(sk|rk)_/.test(key)) {
      throw new IntegrationError(
        "You should not use your secret key with Stripe.js. Please pass a publishable key instead.",
      );
    }
    return createStripe(key, options || {});
  }
  // @stripe/stripe-js checks this against the release train it was built for.
  Stripe.version = "endive";

  window.Stripe = Stripe;
})();
