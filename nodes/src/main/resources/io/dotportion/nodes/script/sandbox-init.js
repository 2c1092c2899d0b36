// Runs once in every pooled context, before any user script. Contexts are reused by scripts of every
// workflow, so no run may leave anything behind for the next one: this removes the built-ins that carry
// state between runs, freezes every reachable built-in object (and the global object itself), and
// returns the runner through which every script is called. Evaluates to the runner function.
(function () {
    'use strict';
    const parse = JSON.parse;
    const stringify = JSON.stringify;
    const apply = Reflect.apply;
    const ownKeys = Reflect.ownKeys;
    const getPrototypeOf = Reflect.getPrototypeOf;
    const describe = Reflect.getOwnPropertyDescriptor;
    const define = Object.defineProperty;
    const freeze = Object.freeze;
    const PromiseType = Promise;

    // RegExp.$1, RegExp.lastMatch ... hold the last match of whatever ran before.
    for (const key of ['input', '$_', 'lastMatch', '$&', 'lastParen', '$+', 'leftContext', '$`',
        'rightContext', "$'", '$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9']) {
        delete RegExp[key];
    }
    // Its callbacks would run during some later, unrelated run.
    delete globalThis.FinalizationRegistry;
    // Its segment prototypes are reachable only through an instance, and creating one costs ICU start-up
    // in every context; removed rather than left unfrozen.
    delete Intl.Segmenter;

    // Frozen prototypes make `obj.toString = f` or `this.name = 'MyError'` throw (the "override
    // mistake"). For the properties programs commonly assign on their own objects, an accessor keeps the
    // built-in read-only while an assignment on another object defines that object's own property.
    const allowOverride = (target, key) => {
        const current = describe(target, key);
        if (current === undefined || !('value' in current)) {
            return;
        }
        const value = current.value;
        define(target, key, {
            get() {
                return value;
            },
            set(replacement) {
                if (this === target) {
                    throw new TypeError("Cannot assign to read only property '" + String(key) + "' of a built-in object");
                }
                define(this, key, { value: replacement, writable: true, enumerable: true, configurable: true });
            },
            enumerable: current.enumerable,
            configurable: false
        });
    };
    for (const key of ['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty',
        'isPrototypeOf', 'propertyIsEnumerable']) {
        allowOverride(Object.prototype, key);
    }
    for (const type of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError]) {
        for (const key of ['constructor', 'name', 'message', 'toString']) {
            allowOverride(type.prototype, key);
        }
    }

    const seen = new Set();
    const deepFreeze = (value) => {
        if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) {
            return;
        }
        seen.add(value);
        freeze(value);
        for (const key of ownKeys(value)) {
            const property = describe(value, key);
            if ('value' in property) {
                deepFreeze(property.value);
            } else {
                deepFreeze(property.get);
                deepFreeze(property.set);
            }
        }
        deepFreeze(getPrototypeOf(value));
    };
    // Intrinsics that no global names, reached through an instance.
    const hidden = [
        () => function* () {}, () => async function () {}, () => async function* () {},
        () => [][Symbol.iterator](), () => new Map()[Symbol.iterator](), () => new Set()[Symbol.iterator](),
        () => ''[Symbol.iterator](), () => /x/[Symbol.matchAll](''), () => [].values().map((x) => x),
        () => Iterator.from({ next() { return { done: true }; } })
    ];
    for (const make of hidden) {
        let instance;
        try {
            instance = make();
        } catch (notAvailable) {
            continue;
        }
        deepFreeze(instance);
    }
    deepFreeze(globalThis);

    const ONE = 49;
    // fn: the prepared script's function; json: its arguments as a JSON array; mask: '1' where an
    // argument is undefined; max: the longest result text allowed. Returns the result as JSON text,
    // undefined for no result, or a number (the text's length) when the result is too large.
    return function run(fn, json, mask, max) {
        const args = parse(json);
        for (let i = 0; i < mask.length; i++) {
            if (mask.charCodeAt(i) === ONE) {
                args[i] = undefined;
            }
        }
        const result = apply(fn, undefined, args);
        if (result === undefined) {
            return undefined;
        }
        if (typeof result === 'function' || typeof result === 'symbol') {
            throw new TypeError('the script returned a ' + typeof result + '; return data (an object, array, string, number, boolean or null)');
        }
        if (result instanceof PromiseType) {
            throw new TypeError('the script returned a Promise; scripts run synchronously, return data');
        }
        if (typeof result === 'string' && result.length > max) {
            return result.length;
        }
        const text = stringify(result);
        if (text === undefined) {
            return undefined;
        }
        return text.length > max ? text.length : text;
    };
})();
