// Runs once in every pooled context, before any user script. Contexts are reused by scripts of every
// workflow, so no run may leave anything behind for the next one: this removes the built-ins that carry
// state between runs, freezes every reachable built-in object (and the global object itself), and
// returns the runner through which every script is called. Evaluates to the runner function.
(function () {
    'use strict';
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

    // Values cross as tapes (see ValueCodec and Tape): a string of kinds, one character per value, and
    // the strings and numbers in order. The state below belongs to the one call running in this context.
    const NULL = 110, UNDEFINED = 117, TRUE = 116, FALSE = 102, STRING = 115, NUMBER = 100, OBJECT = 111,
        ARRAY = 97, END = 101;
    const ObjectPrototype = Object.prototype;
    const isArray = Array.isArray;
    const keys = Object.keys;
    const NumberType = Number, StringType = String, BooleanType = Boolean;
    const numberValue = Number.prototype.valueOf, stringValue = String.prototype.valueOf;
    const booleanValue = Boolean.prototype.valueOf;
    const TOO_LARGE = {}, TOO_DEEP = {};
    let inKinds = '', inValues = null, kindAt = 0, valueAt = 0;
    let outKinds = '', outValues = null, size = 0, limit = 0, depthLimit = 0;

    // One argument value off the tape, as JSON.parse would build it (own data properties, even for keys
    // such as __proto__ or toString that Object.prototype holds).
    const read = () => {
        switch (inKinds.charCodeAt(kindAt++)) {
            case NULL: return null;
            case UNDEFINED: return undefined;
            case TRUE: return true;
            case FALSE: return false;
            case STRING:
            case NUMBER: return inValues[valueAt++];
            case OBJECT: {
                const object = {};
                while (inKinds.charCodeAt(kindAt) !== END) {
                    const key = inValues[valueAt++];
                    const value = read();
                    if (key in ObjectPrototype) {
                        define(object, key, { value, writable: true, enumerable: true, configurable: true });
                    } else {
                        object[key] = value;
                    }
                }
                kindAt++;
                return object;
            }
            case ARRAY: {
                const array = [];
                while (inKinds.charCodeAt(kindAt) !== END) {
                    array[array.length] = read();
                }
                kindAt++;
                return array;
            }
            default: throw new TypeError('malformed argument tape');
        }
    };

    const grow = (n) => {
        size += n;
        if (size > limit) {
            throw TOO_LARGE;
        }
    };

    // JSON.stringify's SerializeJSONProperty, onto the result tape: false when the value is left out
    // (undefined, a function or a symbol).
    const emit = (value, key, depth) => {
        if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
            const toJSON = value.toJSON;
            if (typeof toJSON === 'function') {
                value = apply(toJSON, value, ['' + key]);
            }
        }
        if (value !== null && typeof value === 'object') {
            if (value instanceof NumberType) {
                value = apply(numberValue, value, []);
            } else if (value instanceof StringType) {
                value = apply(stringValue, value, []);
            } else if (value instanceof BooleanType) {
                value = apply(booleanValue, value, []);
            }
        }
        switch (typeof value) {
            case 'string':
                grow(value.length + 2);
                outKinds += 's';
                outValues[outValues.length] = value;
                return true;
            case 'number':
                if (value !== value || value === Infinity || value === -Infinity) {
                    grow(4);
                    outKinds += 'n';
                } else {
                    grow(('' + value).length);
                    outKinds += 'd';
                    outValues[outValues.length] = value;
                }
                return true;
            case 'boolean':
                grow(value ? 4 : 5);
                outKinds += value ? 't' : 'f';
                return true;
            case 'bigint':
                throw new TypeError('Do not know how to serialize a BigInt');
            case 'object':
                if (value === null) {
                    grow(4);
                    outKinds += 'n';
                    return true;
                }
                if (depth >= depthLimit) {
                    throw TOO_DEEP;
                }
                grow(2);
                if (isArray(value)) {
                    outKinds += 'a';
                    const length = value.length;
                    for (let i = 0; i < length; i++) {
                        if (i > 0) {
                            grow(1);
                        }
                        if (!emit(value[i], i, depth + 1)) {
                            grow(4);
                            outKinds += 'n';
                        }
                    }
                } else {
                    outKinds += 'o';
                    const names = keys(value);
                    let first = true;
                    for (let i = 0; i < names.length; i++) {
                        const name = names[i];
                        const at = outValues.length;
                        const kindsBefore = outKinds;
                        const sizeBefore = size;
                        outValues[at] = name;
                        grow(name.length + (first ? 3 : 4));
                        if (emit(value[name], name, depth + 1)) {
                            first = false;
                        } else {
                            outValues.length = at;
                            outKinds = kindsBefore;
                            size = sizeBefore;
                        }
                    }
                }
                outKinds += 'e';
                return true;
            default:
                return false;
        }
    };

    // fn: the prepared script's function; kinds and values: its arguments as a tape; max: the longest
    // result allowed, measured as JSON text; depth: the deepest nesting allowed. Returns the result as a
    // tape (an array: the kinds, then the strings and numbers), undefined for no result, the result's size
    // when it is too large, or -1 when it is nested too deeply.
    return function run(fn, kinds, values, max, depth) {
        inKinds = kinds;
        inValues = values;
        kindAt = 0;
        valueAt = 0;
        const args = [];
        while (kindAt < kinds.length) {
            args[args.length] = read();
        }
        inValues = null;
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
        outKinds = '';
        outValues = [''];
        size = 0;
        limit = max;
        depthLimit = depth;
        try {
            if (!emit(result, '', 0)) {
                return undefined;
            }
            const tape = outValues;
            tape[0] = outKinds;
            return tape;
        } catch (stop) {
            if (stop === TOO_LARGE) {
                return size;
            }
            if (stop === TOO_DEEP) {
                return -1;
            }
            throw stop;
        } finally {
            outValues = null;
            outKinds = '';
        }
    };
})();
