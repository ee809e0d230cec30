import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  RequestError,
  require_tunnel,
  require_undici
} from "./chunk-TCWH2JCL.js";
import {
  formatHtml
} from "./chunk-TRPFD5EY.js";
import "./chunk-U27AQKTW.js";
import {
  noAgentsMessage,
  pathsWithoutAgents,
  yieldedFiles
} from "./chunk-OILI4MX5.js";
import {
  inventoryTableMarkdown
} from "./chunk-BVTMA25R.js";
import {
  POLICY_SOURCES,
  gitBaseReader,
  gitPrefix,
  hasCommit,
  inventoryRowsOf,
  remoteBaseReader,
  resolveRef,
  runPipeline
} from "./chunk-MSQUPWFK.js";
import "./chunk-X6QVJT7M.js";
import "./chunk-FWE7YAEI.js";
import "./chunk-NBGPQBYX.js";
import "./chunk-4NN7QIXY.js";
import {
  TOOL_VERSION
} from "./chunk-46J5RHI4.js";
import {
  writeFailure,
  writeFileWithFolders
} from "./chunk-3VZ7T36H.js";
import {
  PolicyError
} from "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-C34AYXUD.js";
import "./chunk-U6PY5KLE.js";
import "./chunk-5ETBV6RK.js";
import "./chunk-EHMHJOXK.js";
import {
  writeJson
} from "./chunk-GW3YGGK2.js";
import {
  writeFileInBlocks
} from "./chunk-3JT46TE2.js";
import {
  formatSarif
} from "./chunk-7OTMSMSU.js";
import {
  SEVERITY_ICON,
  formatMarkdown,
  markdownTable,
  newUndeclaredCode,
  undeclaredCodeSection
} from "./chunk-2PCAPUXY.js";
import {
  formatPolicyInForceMarkdown
} from "./chunk-JB4F2WKD.js";
import {
  formatPolicyChangesMarkdown,
  unreadableBaseNotice
} from "./chunk-QFCOLK2G.js";
import {
  tallyControls,
  verdict
} from "./chunk-E5PKRJ2Y.js";
import {
  FAIL_SCOPES
} from "./chunk-UW2F2IDI.js";
import {
  plural
} from "./chunk-LCWV2GUA.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-NOSNPXS3.js";
import "./chunk-QZXLW4V6.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  escapeMarkdown,
  oneLine,
  printable,
  wellFormed
} from "./chunk-Z6R44D76.js";
import {
  __commonJS,
  __toESM
} from "./chunk-OKO2LAOG.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises3;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises3 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises3)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve2, reject) {
            return setTimeout(resolve2, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve2, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve2, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve2(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve2;
          resolve2 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve2 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve2, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve2, reject) => {
                if (finished()) {
                  return resolve2();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve2();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve2, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve2)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck4.default = Bottleneck4;
        Bottleneck4.Events = Events$4;
        Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version;
        Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1;
        Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1;
        Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2;
        Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3;
        Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1;
        Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step2(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step2(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step2(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step2((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/run.ts
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

// src/action/annotations.ts
var ANNOTATION_LIMIT = 10;
function clip(s, max = 1e3) {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
function planAnnotations(report, prefix = "", limit = ANNOTATION_LIMIT) {
  const where = (p) => {
    const oneLine2 = p.endLine === void 0 || p.endLine === p.line;
    return {
      file: printable(prefix + p.file),
      startLine: p.line,
      endLine: p.endLine ?? p.line,
      ...oneLine2 ? { startColumn: p.column, ...p.endColumn !== void 0 ? { endColumn: p.endColumn } : {} } : {}
    };
  };
  const candidates = [
    ...report.errors.map((e) => ({
      level: "error",
      message: printable(clip(e.message)),
      properties: { title: "agentpolicy: file not checked", ...where(e) }
    })),
    ...report.findings.filter((f) => f.status === "open" && severityRank(f.severity) <= severityRank("medium")).sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || Number(b.new === true) - Number(a.new === true)
    ).map((f) => ({
      level: severityRank(f.severity) <= severityRank("high") ? "error" : "warning",
      message: printable(
        clip(
          `[${f.severity}${f.new ? ", new" : ""}] ${f.agent ? `${f.agent}: ` : ""}${messageWithRelated(f)}`
        )
      ),
      properties: { title: printable(clip(`${f.ruleId}: ${f.title}`, 200)), ...where(f) }
    }))
  ];
  const openFindings = report.findings.filter((f) => f.status === "open").length;
  const annotations = candidates.slice(0, limit);
  return { annotations, rest: report.errors.length + openFindings - annotations.length };
}
function annotate(report, prefix = "") {
  const plan = planAnnotations(report, prefix);
  for (const a of plan.annotations) {
    if (a.level === "error") error(a.message, a.properties);
    else warning(a.message, a.properties);
  }
  if (plan.rest > 0) {
    notice(
      `agentpolicy: ${plan.rest} more ${plan.rest === 1 ? "problem is" : "problems are"} not annotated; the job summary lists every finding`
    );
  }
}

// src/action/base-source.ts
var PULL_FILES_CAP = 3e3;
function baseTarget(ctx, input) {
  if (input) return /^[0-9a-f]{40}$/i.test(input) ? { ref: input, sha: input } : { ref: input };
  if (ctx.pull) return { ref: ctx.pull.baseRef ?? ctx.pull.baseSha, sha: ctx.pull.baseSha };
  if (ctx.pushBefore) return { ref: ctx.pushBefore, sha: ctx.pushBefore };
  return void 0;
}
async function chooseBaseReader(root, target, ctx, api) {
  if (target.sha && await hasCommit(root, target.sha))
    return { reader: await gitBaseReader(root, target.sha), via: "git" };
  if (!target.sha) {
    const sha3 = await resolveRef(root, target.ref);
    return { reader: await gitBaseReader(root, sha3), via: "git" };
  }
  if (!api || !ctx.owner || !ctx.repo)
    throw new Error(
      "the base commit is not in the checkout, and without a token and a repository it cannot be read from GitHub"
    );
  const { owner, repo } = ctx;
  const sha2 = target.sha;
  let changed;
  if (ctx.pull && ctx.pull.baseSha === sha2) {
    const files = await api.listPullFiles(owner, repo, ctx.pull.number);
    if (files.length < PULL_FILES_CAP) {
      changed = files.map((f) => ({
        file: f.filename,
        status: f.status,
        ...f.previous_filename ? { previous: f.previous_filename } : {}
      }));
    }
  }
  const headCheckout = ctx.workflowRun !== void 0;
  const reader = remoteBaseReader({
    sha: sha2,
    prefix: await gitPrefix(root) ?? "",
    ...headCheckout ? {} : { workTree: root },
    ...changed ? { changed } : { listAll: () => api.listTree(owner, repo, sha2) },
    fetch: (path) => api.getContent(owner, repo, path, sha2),
    listDir: (path) => api.listDirectory(owner, repo, path, sha2)
  });
  return { reader, via: "contents API" };
}

// src/diff/describe.ts
var PERMISSION_GATE = /^\/permissions\/\d+\/approval$/;
function subjectOf(d) {
  const subject = d.subject;
  return typeof subject === "string" && subject !== "" ? subject : d.kind.replace(/-/g, " ");
}
function describeDetail(d) {
  const subject = subjectOf(d);
  const { before, after } = d;
  if (d.kind === "agent-added") return `new agent${after ? ` with ${after} access` : ""}`;
  if (d.kind === "agent-removed") return "agent removed";
  if (PERMISSION_GATE.test(d.path)) {
    if (d.kind === "gate-removed") return `${subject} no longer gated by ${before ?? "its approval gate"}`;
    if (d.kind === "gate-added") return `${subject} now gated by ${after ?? "an approval gate"}`;
    return `${subject} gated by ${after ?? "nothing"} instead of ${before ?? "nothing"}`;
  }
  if (d.kind.endsWith("-widened") && before !== void 0 && after !== void 0)
    return `widens ${before} to ${after}`;
  if (d.kind.endsWith("-narrowed") && before !== void 0 && after !== void 0) {
    return `narrows ${before} to ${after}`;
  }
  if (d.kind.endsWith("-added")) return `adds ${subject}`;
  if (d.kind.endsWith("-removed")) return `removes ${subject}`;
  if (before !== void 0 && after !== void 0) return `${subject} ${before} → ${after}`;
  if (before !== void 0) return `${subject} removed (was ${before})`;
  if (after !== void 0) return `${subject} set to ${after}`;
  return subject;
}

// src/action/comment.ts
var MARKER = "<!-- agentpolicy -->";
var COMMENT_LIMIT = 65536;
var CLIP = 300;
function clip2(value, max = CLIP) {
  const s = String(value);
  return s.length <= max ? s : `${wellFormed(s.slice(0, max))}…`;
}
function md(value, max = CLIP) {
  return escapeMarkdown(clip2(value, max));
}
function table(rows) {
  return markdownTable(rows, { alignDelimiters: false });
}
function hasNews(report) {
  const open2 = report.findings.filter((f) => f.status === "open");
  if (report.errors.length > 0) return true;
  if (!report.base) return open2.length > 0;
  return open2.some((f) => f.new) || (report.changes?.length ?? 0) > 0 || (report.fixed?.length ?? 0) > 0 || (report.policyChanges?.length ?? 0) > 0 || newUndeclaredCode(report).length > 0;
}
var SAFE_URL = /^https?:\/\/[^\s()<>"'`\\]+$/;
function blobUrl(opts, file, line) {
  if (!opts.repoUrl || !SAFE_URL.test(opts.repoUrl) || !opts.headSha || !/^[0-9a-f]{7,64}$/i.test(opts.headSha)) {
    return void 0;
  }
  if (file.startsWith("/") || file.split("/").includes("..")) return void 0;
  const path = `${opts.prefix ?? ""}${file}`.split("/").map(
    (seg) => encodeURIComponent(wellFormed(seg)).replace(
      /[()'!*~]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
  return `${opts.repoUrl}/blob/${opts.headSha}/${path}#L${Math.max(1, Math.trunc(line))}`;
}
function location(f, opts) {
  const text = `${md(f.file, 200)}:${f.line}`;
  const url = blobUrl(opts, f.file, f.line);
  return url ? `[${text}](${url})` : text;
}
function checkCell(f, rules) {
  const uri = rules.get(f.ruleId)?.helpUri ?? "";
  return SAFE_URL.test(uri) && uri.startsWith("https://") ? `[${md(f.ruleId, 80)}](${uri})` : md(f.ruleId, 80);
}
function bySeverity(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}
function findingRows(findings, rules, opts) {
  return [
    ["Severity", "Agent", "Check", "Message", "Location"],
    ...findings.map((f) => [
      `${SEVERITY_ICON[f.severity]} ${f.severity}`,
      md(f.agent ?? ""),
      checkCell(f, rules),
      md(messageWithRelated(f), 500),
      location(f, opts)
    ])
  ];
}
function summaryPointer(opts) {
  return opts.summaryUrl && SAFE_URL.test(opts.summaryUrl) ? `the [job summary](${opts.summaryUrl})` : "the job summary of this run";
}
function escalationMark(d) {
  return d.fails ? "⛔ " : d.escalation ? "⚠️ " : "";
}
function verdictLine({ report, fresh, changes }) {
  const passed = report.summary.passed;
  const escalations = changes.reduce((n, c) => n + c.details.filter((d) => d.escalation).length, 0);
  const extras = [];
  if (report.base) extras.push(`${fresh.length} new`);
  if (report.base && (report.fixed?.length ?? 0) > 0) extras.push(`${report.fixed?.length} fixed`);
  if (escalations > 0) extras.push(`⚠️ ${plural(escalations, "access escalation")}`);
  return `### ${passed ? "✅" : "❌"} agentpolicy ${verdict(report)}${extras.length ? ` · ${extras.join(" · ")}` : ""}`;
}
function countsSection({ report, fresh, existing }) {
  const count = (list, s2) => String(list.filter((f) => f.severity === s2).length);
  const withBase = report.base !== void 0;
  const rows = withBase ? [
    ["Severity", "New", "Existing"],
    ...SEVERITIES.map((s2) => [`${SEVERITY_ICON[s2]} ${s2}`, count(fresh, s2), count(existing, s2)])
  ] : [
    ["Severity", "Open"],
    ...SEVERITIES.map((s2) => [`${SEVERITY_ICON[s2]} ${s2}`, count([...fresh, ...existing], s2)])
  ];
  const s = report.summary;
  const scope = `${plural(s.files, "file")} (${plural(s.agents, "agent")})`;
  const against = report.base ? `, compared with ${md(report.base.ref, 100)} (${md(report.base.sha.slice(0, 12), 12)})` : "";
  const waived = s.waived > 0 ? ` ${plural(s.waived, "waived finding")} not counted.` : "";
  return [`Checked ${scope}${against}.${waived}`, "", table(rows)];
}
function changesSection(parts, limit) {
  const { report, changes } = parts;
  if (!report.base) return [];
  if (changes.length === 0)
    return ["#### Access changes", "", "No agent's access changes in this pull request."];
  const out = ["#### Access changes", ""];
  let budget = limit;
  let hidden = 0;
  for (const c of changes) {
    const own = c.details.filter((d) => d.kind !== "agent-added" && d.kind !== "agent-removed");
    if (budget <= 0) {
      hidden += Math.max(1, own.length);
      continue;
    }
    budget -= 1;
    const details = own.slice(0, budget);
    budget -= details.length;
    hidden += own.length - details.length;
    const level = c.details.find((d) => d.kind === "agent-added")?.after;
    const what = c.change === "added" ? ` (new agent${level ? ` with ${md(level, 40)} access` : ""})` : c.change === "removed" ? " (agent removed)" : "";
    const words = details.map((d) => `${escalationMark(d)}${md(describeDetail(d))}`).join("; ");
    const mark = c.details.some((d) => d.kind === "agent-added" && d.escalation) ? "⚠️ " : "";
    out.push(`- ${mark}**${md(c.agent, 100)}**${what}${words ? `: ${words}` : ""}`);
  }
  if (hidden > 0) out.push(`- … and ${plural(hidden, "more change")}: see ${summaryPointer(parts.opts)}.`);
  out.push("", "⚠️ = widens what the agent can do or weakens oversight of it.");
  if ((parts.report.summary.failingEscalations ?? 0) > 0)
    out.push(
      "",
      "⛔ = an escalation this repository's policy fails on (`fail_on_escalation`): it fails the check."
    );
  return out;
}
function errorsSection(errors, limit, opts) {
  if (errors.length === 0) return [];
  const shown = errors.slice(0, limit);
  const out = [
    `#### ${plural(errors.length, "file")} could not be checked`,
    "",
    table([["File", "Problem"], ...shown.map((e) => [location(e, opts), md(e.message, 500)])])
  ];
  if (errors.length > shown.length)
    out.push("", `… and ${errors.length - shown.length} more: see ${summaryPointer(opts)}.`);
  return out;
}
function newSection({ report, fresh, rules, opts }, limit) {
  if (fresh.length === 0) return [];
  const title = report.base ? "New findings" : "Findings";
  const shown = fresh.slice(0, limit);
  const out = [`#### ${title} (${fresh.length})`, ""];
  if (shown.length > 0) out.push(table(findingRows(shown, rules, opts)));
  if (fresh.length > shown.length) {
    out.push(
      "",
      `… and ${plural(fresh.length - shown.length, "more finding")}: see ${summaryPointer(opts)}.`
    );
  }
  return out;
}
function existingSection({ report, existing, rules, opts }, tables) {
  const out = [];
  if (existing.length > 0) {
    if (tables) {
      out.push(
        "<details>",
        `<summary>Existing findings (${existing.length}), present before this pull request</summary>`,
        "",
        table(findingRows(existing, rules, opts)),
        "",
        "</details>"
      );
    } else
      out.push(
        `${plural(existing.length, "existing finding")} (present before this pull request): see ${summaryPointer(opts)}.`
      );
  }
  const fixed = [...report.fixed ?? []].sort(bySeverity);
  if (fixed.length > 0) {
    if (out.length) out.push("");
    if (tables) {
      out.push(
        "<details>",
        `<summary>Fixed by this pull request (${fixed.length})</summary>`,
        "",
        table([
          ["Severity", "Agent", "Check", "Message"],
          ...fixed.map((f) => [
            `${SEVERITY_ICON[f.severity]} ${f.severity}`,
            md(f.agent ?? ""),
            checkCell(f, rules),
            md(messageWithRelated(f), 500)
          ])
        ]),
        "",
        "</details>"
      );
    } else
      out.push(`${plural(fixed.length, "finding")} fixed by this pull request: see ${summaryPointer(opts)}.`);
  }
  return out;
}
function coverageSection({ report }, full) {
  if (report.frameworks.length === 0) return [];
  const rows = [["Framework", "Pass", "Fail", "Other", "Failing controls"]];
  for (const fw of report.frameworks) {
    const t = tallyControls(fw);
    const other = t.partial + t.waived + t.attested + t.manual + t["not-evaluated"] + t["not-applicable"];
    const failing = full ? t.failingIds.map((id) => md(id, 60)).join(", ") : t.failingIds.length > 0 ? "see the job summary" : "";
    rows.push([md(fw.title || fw.id, 100), String(t.pass), String(t.fail), String(other), failing || "none"]);
  }
  return [
    "#### Control coverage",
    "",
    table(rows),
    "",
    "Other: partial, waived, attested, manual, not evaluated (checks off) or not applicable."
  ];
}
function unreadableBaseSection(report) {
  const notice2 = unreadableBaseNotice(report);
  return notice2 ? [`> [!WARNING]
> ${md(notice2, 2e3)}`] : [];
}
function policySection(report) {
  const changes = report.policyChanges ?? [];
  if (changes.length === 0) return [];
  const source = report.policySource ?? "base";
  return [formatPolicyChangesMarkdown(changes, { heading: "#### Policy changes", source }).trimEnd()];
}
function policyInForceSection(report) {
  const p = report.policy;
  if (!p || p.overrides.length === 0 && Object.keys(p.params).length === 0) return [];
  return formatPolicyInForceMarkdown(report);
}
function render(parts, layout) {
  const sections = [
    [MARKER, verdictLine(parts)],
    unreadableBaseSection(parts.report),
    countsSection(parts),
    errorsSection(parts.report.errors, layout.errorRows, parts.opts),
    changesSection(parts, layout.changeDetails),
    policySection(parts.report),
    policyInForceSection(parts.report),
    parts.opts.inventory ? ["#### Changed agents", "", parts.opts.inventory.trimEnd()] : [],
    undeclaredCodeSection(parts.report, {
      heading: "#### New undeclared agent code",
      location: (file, line) => location({ file, line }, parts.opts),
      limit: layout.undeclaredRows,
      more: summaryPointer(parts.opts)
    }),
    newSection(parts, layout.newRows),
    existingSection(parts, layout.collapsedTables),
    layout.coverage ? coverageSection(parts, true) : coverageSection(parts, false),
    [
      `<sub>agentpolicy ${md(parts.report.tool.version, 40)} · full report in ${summaryPointer(parts.opts)}</sub>`
    ]
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n")).join("\n\n") + "\n";
}
function largest(max, fits) {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function buildComment({ report, rules }, opts = {}) {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const open2 = report.findings.filter((f) => f.status === "open").sort(bySeverity);
  const fresh = report.base ? open2.filter((f) => f.new) : open2;
  const existing = report.base ? open2.filter((f) => !f.new) : [];
  const changes = report.changes ?? [];
  const parts = {
    report,
    rules: new Map(rules.map((r) => [r.id, r])),
    opts,
    open: open2,
    fresh,
    existing,
    changes
  };
  const totalDetails = changes.reduce((n, c) => n + c.details.length, 0);
  const fits = (text) => text.length <= limit;
  const layout = {
    collapsedTables: true,
    coverage: true,
    newRows: fresh.length,
    changeDetails: changes.length + totalDetails,
    errorRows: report.errors.length,
    undeclaredRows: newUndeclaredCode(report).length
  };
  let body = render(parts, layout);
  if (fits(body)) return body;
  layout.collapsedTables = false;
  layout.coverage = false;
  body = render(parts, layout);
  if (fits(body)) return body;
  for (const key of ["newRows", "undeclaredRows", "changeDetails", "errorRows"]) {
    const max = layout[key];
    layout[key] = largest(max, (n) => fits(render(parts, { ...layout, [key]: n })));
    body = render(parts, layout);
    if (fits(body)) return body;
  }
  const tail = `

… truncated: the full report is in ${summaryPointer(opts)}.
`;
  const room = Math.max(0, limit - tail.length);
  let cut = body.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl > MARKER.length) cut = cut.slice(0, nl);
  return wellFormed(cut) + tail;
}

// src/action/event.ts
import { readFileSync } from "node:fs";
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
var sha = (v) => {
  const s = str(v);
  return s !== void 0 && SHA.test(s) && !/^0+$/.test(s) ? s : void 0;
};
var NAME = /^[A-Za-z0-9_.-]+$/;
function readPayload(path) {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return {};
  }
}
function httpUrl(value, fallback) {
  if (!value) return fallback;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? value.replace(/\/+$/, "") : fallback;
  } catch {
    return fallback;
  }
}
function readContext(env = process.env) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const parts = (env.GITHUB_REPOSITORY ?? "").split("/");
  const [owner, repo] = parts.length === 2 && parts.every((p) => NAME.test(p) && !/^\.+$/.test(p)) ? parts : [];
  const serverUrl = httpUrl(env.GITHUB_SERVER_URL, "https://github.com");
  const ctx = {
    eventName,
    apiUrl: httpUrl(env.GITHUB_API_URL, "https://api.github.com"),
    serverUrl
  };
  if (owner && repo) {
    ctx.owner = owner;
    ctx.repo = repo;
    if (env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID))
      ctx.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const pr = obj(payload.pull_request);
  const number = typeof pr.number === "number" ? pr.number : Number(payload.number);
  const baseSha = sha(obj(pr.base).sha);
  const headSha = sha(obj(pr.head).sha);
  if (Number.isInteger(number) && number > 0 && baseSha && headSha) {
    ctx.pull = {
      number,
      baseSha,
      headSha,
      ...str(obj(pr.base).ref) ? { baseRef: str(obj(pr.base).ref) } : {}
    };
    ctx.headSha = headSha;
  } else if (eventName === "push") {
    const before = sha(payload.before);
    if (before) ctx.pushBefore = before;
    ctx.headSha = sha(payload.after) ?? sha(env.GITHUB_SHA);
  } else if (eventName === "workflow_run") {
    const run = obj(payload.workflow_run);
    const runHead = sha(run.head_sha);
    if (runHead) {
      const headOwner = str(obj(obj(run.head_repository).owner).login);
      const branch = str(run.head_branch);
      ctx.workflowRun = {
        headSha: runHead,
        ...headOwner && branch ? { headLabel: `${headOwner}:${branch}` } : {},
        pullNumbers: (Array.isArray(run.pull_requests) ? run.pull_requests : []).map((p) => obj(p).number).filter((n) => typeof n === "number" && Number.isInteger(n) && n > 0)
      };
      ctx.headSha = runHead;
    }
  } else {
    ctx.headSha = sha(env.GITHUB_SHA);
  }
  return ctx;
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info2) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck3, common) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck3, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    const events = {};
    const emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// src/action/github-api.ts
var import_light3 = __toESM(require_light(), 1);
var MAX_TREE_CALLS = 5e3;
var TREE_CONCURRENCY = 8;
var GitHubApiError = class extends Error {
  constructor(method, path, status, detail, transient) {
    super(`GitHub API ${method} ${path}: ${status === 0 ? "" : `${status} `}${detail}`.trim());
    this.method = method;
    this.path = path;
    this.status = status;
    this.detail = detail;
    this.transient = transient;
  }
  method;
  path;
  status;
  detail;
  transient;
  /** A permission problem (read-only token, missing scope) rather than a passing fault. */
  get forbidden() {
    return (this.status === 401 || this.status === 403) && !this.transient;
  }
};
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
var MAX_PAGES = 100;
var perRequest = (options) => options.request ?? {};
function pathOf(octokit, options) {
  try {
    const parsed = octokit.request.endpoint.parse(options);
    return new URL(parsed.url).pathname;
  } catch {
    return String(options.url ?? "");
  }
}
function isRateLimit(status, message, headers) {
  if (status !== 403 && status !== 429) return false;
  return status === 429 || headers["retry-after"] !== void 0 || headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(message);
}
function toApiError(e, method, path) {
  if (e instanceof GitHubApiError) return e;
  const err = e;
  const status = typeof err.status === "number" ? err.status : 0;
  const data = err.response?.data;
  const raw = typeof data?.message === "string" ? data.message : typeof err.message === "string" ? err.message : "error";
  const detail = oneLine(raw).slice(0, 200);
  const network = status === 0 || status === 500 && err.response === void 0;
  const limited = isRateLimit(status, detail, err.response?.headers ?? {});
  return new GitHubApiError(method, path, network ? 0 : status, detail, network || limited || status >= 500);
}
var GitHubApi = class {
  client;
  connect;
  unitMs;
  retries;
  constructor(opts) {
    this.unitMs = opts.unitMs ?? 1e3;
    this.retries = Math.max(0, opts.retries ?? 3);
    const unit = this.unitMs;
    const maxWait = opts.maxWaitUnits ?? 60;
    const retries = this.retries;
    const base = new URL(opts.baseUrl.replace(/\/+$/, "") + "/");
    const onRetry = opts.onRetry;
    const onLimit = (kind) => (retryAfter, options, octokit, retryCount) => {
      const path = pathOf(octokit, options);
      const method = options.method ?? "GET";
      if (retryCount >= retries || retryAfter > maxWait) {
        if (options.request) perRequest(options).retries = 0;
        return false;
      }
      onRetry?.({ method, path, attempt: retryCount + 1, waitMs: retryAfter * unit, reason: kind });
      return true;
    };
    const timeoutMs = opts.timeoutMs ?? 3e4;
    const failedAt = /* @__PURE__ */ new WeakMap();
    const guard = (octokit) => {
      octokit.hook.before("request", (options) => {
        const url = options.url ?? "";
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) && new URL(url).origin !== base.origin)
          throw new GitHubApiError(
            options.method ?? "GET",
            new URL(url).pathname,
            0,
            "refusing a URL outside the API",
            false
          );
        perRequest(options).signal = AbortSignal.timeout(timeoutMs);
        const failed = failedAt.get(options);
        if (failed) {
          failedAt.delete(options);
          if (!/rate limit/.test(failed.reason))
            onRetry?.({
              method: options.method ?? "GET",
              path: pathOf(octokit, options),
              attempt: failed.attempt,
              waitMs: Date.now() - failed.at,
              reason: failed.reason
            });
        }
      });
      octokit.hook.error("request", (error2, options) => {
        const e = toApiError(error2, options.method ?? "GET", pathOf(octokit, options));
        const prior = failedAt.get(options)?.attempt ?? perRequest(options).retryCount ?? 0;
        failedAt.set(options, {
          attempt: prior + 1,
          reason: e.status ? `${e.status} ${e.detail}` : e.detail,
          at: Date.now()
        });
        throw error2;
      });
      return {};
    };
    this.connect = async () => {
      let github;
      try {
        github = await import("./chunk-5DYYPFU3.js");
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new GitHubApiError("GET", "/", 0, `cannot start the GitHub client: ${oneLine(why)}`, false);
      }
      return github.getOctokit(
        opts.token,
        {
          baseUrl: base.href.replace(/\/$/, ""),
          userAgent: `agentpolicy-action/${TOOL_VERSION}`,
          log: { debug: () => {
          }, info: () => {
          }, warn: () => {
          }, error: () => {
          } },
          retry: { retries, retryAfterBaseValue: unit, doNotRetry: DO_NOT_RETRY },
          throttle: {
            retryAfterBaseValue: unit,
            // GitHub: pace writes at least a second apart, and content that notifies people further.
            write: new import_light3.default.Group({ maxConcurrent: 1, minTime: unit }),
            notifications: new import_light3.default.Group({ maxConcurrent: 1, minTime: 3 * unit }),
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit")
          }
        },
        guard,
        throttling,
        retry
      );
    };
  }
  /** The Octokit client, started on first use. */
  octokit() {
    this.client ??= this.connect();
    return this.client;
  }
  /** The wait before retry number `attempt` (1-based) when the server names none (the retry plugin's curve). */
  backoffMs(attempt) {
    return this.unitMs * attempt ** 2;
  }
  get attempts() {
    return this.retries + 1;
  }
  async call(method, path, fn) {
    try {
      return await fn(await this.octokit());
    } catch (e) {
      throw toApiError(e, method, path);
    }
  }
  /** Up to MAX_PAGES pages of a list endpoint (Octokit follows Link rel="next"). */
  async list(path, iterate) {
    return this.call("GET", path, async (octokit) => {
      const iterator = iterate(octokit);
      const items = [];
      let pages = 0;
      for await (const page of iterator) {
        items.push(...page.data);
        if (++pages >= MAX_PAGES) break;
      }
      return items;
    });
  }
  /**
   * Who the token acts as: a user's login for a personal token, `<app-slug>[bot]` for a GitHub App
   * installation token (including GITHUB_TOKEN: github-actions[bot]). GraphQL's viewer answers for
   * every kind of token; GET /user only for users. Undefined when neither answers.
   */
  async login() {
    let o;
    try {
      o = await this.octokit();
    } catch {
      return void 0;
    }
    try {
      const res = await o.graphql("query { viewer { login } }", {
        request: { retries: 0 }
      });
      if (typeof res.viewer?.login === "string" && res.viewer.login !== "") return res.viewer.login;
    } catch {
    }
    try {
      const res = await o.rest.users.getAuthenticated({ request: { retries: 0 } });
      return typeof res.data?.login === "string" ? res.data.login : void 0;
    } catch {
      return void 0;
    }
  }
  listIssueComments(owner, repo, issue2) {
    return this.list(
      `/repos/${owner}/${repo}/issues/${issue2}/comments`,
      (o) => o.paginate.iterator(o.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue2,
        per_page: 100
      })
    );
  }
  /** Never retried here on a 5xx or network failure: the caller lists the comments again first. */
  createIssueComment(owner, repo, issue2, body) {
    const path = `/repos/${owner}/${repo}/issues/${issue2}/comments`;
    return this.call("POST", path, async (o) => {
      const res = await o.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue2,
        body,
        request: { retries: 0 }
      });
      return res.data;
    });
  }
  updateIssueComment(owner, repo, id, body) {
    return this.call("PATCH", `/repos/${owner}/${repo}/issues/comments/${id}`, async (o) => {
      const res = await o.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return res.data;
    });
  }
  listPullFiles(owner, repo, pull) {
    return this.list(
      `/repos/${owner}/${repo}/pulls/${pull}/files`,
      (o) => o.paginate.iterator(o.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pull,
        per_page: 100
      })
    );
  }
  getPull(owner, repo, pull) {
    return this.call("GET", `/repos/${owner}/${repo}/pulls/${pull}`, async (o) => {
      const res = await o.rest.pulls.get({ owner, repo, pull_number: pull });
      return res.data;
    });
  }
  /** Open pull requests whose head is `label` ("owner:branch"), for a workflow_run from a fork. */
  async findPullsByHead(owner, repo, label) {
    return this.list(
      `/repos/${owner}/${repo}/pulls`,
      (o) => o.paginate.iterator(o.rest.pulls.list, {
        owner,
        repo,
        state: "open",
        head: label,
        per_page: 100
      })
    );
  }
  /** The files (repository paths) directly inside a folder at `ref`; empty when it does not exist there. */
  listDirectory(owner, repo, path, ref) {
    return this.call("GET", `/repos/${owner}/${repo}/contents/${path}`, async (o) => {
      let data;
      try {
        ({ data } = await o.rest.repos.getContent({ owner, repo, path, ref }));
      } catch (e) {
        if (e.status === 404) return [];
        throw e;
      }
      if (!Array.isArray(data)) return [];
      return data.filter((e) => (e.type === "file" || e.type === "symlink") && typeof e.path === "string").map((e) => e.path);
    });
  }
  /** One tree object: its entries (recursive: every entry below it), and whether GitHub cut it short. */
  tree(owner, repo, sha2, recursive) {
    return this.call("GET", `/repos/${owner}/${repo}/git/trees/${sha2}`, async (o) => {
      const res = await o.rest.git.getTree({
        owner,
        repo,
        tree_sha: sha2,
        ...recursive ? { recursive: "1" } : {}
      });
      const entries = res.data.tree.flatMap(
        (e) => typeof e.path === "string" && typeof e.type === "string" && typeof e.sha === "string" ? [{ path: e.path, type: e.type, sha: e.sha }] : []
      );
      return { entries, truncated: res.data.truncated === true };
    });
  }
  /**
   * Every file (blob) path at a commit, from the recursive tree. When GitHub cuts that short (over
   * 100,000 entries or 7 MB), the tree is walked folder by folder instead (one call per folder, as
   * GitHub advises), so a large repository does not lose the files the cut left out: a manifest a pull
   * request deletes is still compared. `complete: false` only when even that walk was cut short.
   */
  async listTree(owner, repo, sha2) {
    const whole = await this.tree(owner, repo, sha2, true);
    if (!whole.truncated) {
      return { files: whole.entries.filter((e) => e.type === "blob").map((e) => e.path), complete: true };
    }
    const files = [];
    let complete = true;
    let calls = 0;
    let wave = [{ sha: sha2, prefix: "" }];
    while (wave.length > 0) {
      if (calls + wave.length > MAX_TREE_CALLS) {
        complete = false;
        break;
      }
      calls += wave.length;
      const next = [];
      for (let i = 0; i < wave.length; i += TREE_CONCURRENCY) {
        const batch = wave.slice(i, i + TREE_CONCURRENCY);
        const trees = await Promise.all(batch.map((t) => this.tree(owner, repo, t.sha, false)));
        trees.forEach((t, j) => {
          const prefix = batch[j].prefix;
          if (t.truncated) complete = false;
          for (const e of t.entries) {
            if (e.type === "blob") files.push(prefix + e.path);
            else if (e.type === "tree") next.push({ sha: e.sha, prefix: `${prefix}${e.path}/` });
          }
        });
      }
      wave = next;
    }
    return { files: files.sort(), complete };
  }
  /** A file's bytes at `ref`; undefined when it does not exist there (or is a folder there). */
  getContent(owner, repo, path, ref) {
    const shown = `/repos/${owner}/${repo}/contents/${path}`;
    return this.call("GET", shown, async (o) => {
      let data;
      try {
        ({ data } = await o.rest.repos.getContent({ owner, repo, path, ref }));
      } catch (e) {
        if (e.status === 404) return void 0;
        throw e;
      }
      if (Array.isArray(data) || data.type !== "file") return void 0;
      if (!("content" in data) || data.encoding !== "base64" || typeof data.content !== "string") {
        throw new GitHubApiError("GET", shown, 200, "file too large for the contents API", false);
      }
      return Buffer.from(data.content, "base64");
    });
  }
};

// src/action/inputs.ts
var COMMENT_MODES = ["on-change", "always", "never"];
var UNREADABLE_BASE = ["fail", "defaults"];
function listOf(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
function choice(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`input '${name}' must be one of ${allowed.join(", ")}; got '${value}'`);
}
function bool(name, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UsageError(`input '${name}' must be true or false; got '${value}'`);
}
function readInputs(get = (name) => getInput(name)) {
  const token = get("token");
  const config = get("config");
  const base = get("base");
  const htmlReport = get("html-report");
  const failOn = get("fail-on");
  const failScope = get("fail-scope");
  return {
    paths: listOf(get("paths")),
    ...config ? { config } : {},
    frameworks: listOf(get("frameworks")),
    ...failOn ? { failOn: choice("fail-on", failOn, [...SEVERITIES, "never"], "high") } : {},
    policySource: choice("policy-source", get("policy-source"), POLICY_SOURCES, "base"),
    unreadableBase: choice(
      "unreadable-base",
      get("unreadable-base"),
      UNREADABLE_BASE,
      "fail"
    ),
    comment: choice("comment", get("comment"), COMMENT_MODES, "on-change"),
    token,
    sarifFile: get("sarif-file") || "agentpolicy.sarif",
    ...base ? { base } : {},
    annotations: bool("annotations", get("annotations"), true),
    ...htmlReport ? { htmlReport } : {},
    failOnEmpty: bool("fail-on-empty", get("fail-on-empty"), false),
    ...failScope ? { failScope: choice("fail-scope", failScope, FAIL_SCOPES, "all") } : {}
  };
}

// src/action/outputs.ts
function actionOutputs(report, files) {
  const open2 = report.findings.filter((f) => f.status === "open");
  const highest = SEVERITIES.find((s) => open2.some((f) => f.severity === s)) ?? "none";
  const fresh = report.base ? open2.filter((f) => f.new).length : open2.length;
  return {
    passed: String(report.summary.passed),
    findings: String(open2.length),
    "new-findings": String(fresh),
    "highest-severity": highest,
    "policy-source": report.policySource ?? "",
    "base-unreadable": report.baseUnreadable ?? "",
    "report-json": files.reportJson ?? "",
    "sarif-file": files.sarifFile ?? ""
  };
}
function setOutputs(values) {
  for (const [name, value] of Object.entries(values)) setOutput(name, value);
}

// src/action/sticky.ts
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function appSlugOf(login) {
  const m = /^(.+)\[bot\]$/i.exec(login);
  return m ? m[1] : void 0;
}
function isOwnComment(comment, author) {
  if (typeof comment.body !== "string" || !comment.body.startsWith(MARKER)) return false;
  const login = comment.user?.login;
  if (typeof login !== "string") return false;
  const app = comment.performed_via_github_app?.slug;
  if (author !== void 0) {
    if (!sameLogin(login, author)) return false;
    const slug = appSlugOf(author);
    return slug === void 0 || typeof app !== "string" || sameLogin(app, slug);
  }
  return comment.user?.type === "Bot" && typeof app === "string" && sameLogin(login, `${app}[bot]`);
}
function sleep(ms) {
  return new Promise((resolve2) => setTimeout(resolve2, ms));
}
async function findStickyComment(api, target, author) {
  const comments = await api.listIssueComments(target.owner, target.repo, target.issue);
  return comments.find((c) => isOwnComment(c, author));
}
async function upsertStickyComment(api, target, body, opts) {
  if (opts.mode === "never") return { action: "skipped" };
  const author = await api.login();
  const update = async (existing2) => {
    if (existing2.body === body) return { action: "unchanged", url: existing2.html_url };
    const updated = await api.updateIssueComment(target.owner, target.repo, existing2.id, body);
    return { action: "updated", url: updated.html_url ?? existing2.html_url };
  };
  const existing = await findStickyComment(api, target, author);
  if (existing) return update(existing);
  if (opts.mode !== "always" && !opts.news) return { action: "skipped" };
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await api.createIssueComment(target.owner, target.repo, target.issue, body);
      return { action: "created", url: created.html_url };
    } catch (e) {
      if (!(e instanceof GitHubApiError) || !e.transient || attempt >= api.attempts) throw e;
      await sleep(api.backoffMs(attempt));
      const landed = await findStickyComment(api, target, author);
      if (landed) {
        const result = await update(landed);
        return { action: "created", url: result.url };
      }
    }
  }
}

// src/action/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function summaryMarkdown(input, limitBytes = SUMMARY_LIMIT_BYTES) {
  const text = formatMarkdown(input);
  if (Buffer.byteLength(text) <= limitBytes) return text;
  const note = "\n\n**Truncated**: the report is larger than a job summary may be; the complete report is the JSON file named by the `report-json` output.\n";
  const bytes = Buffer.from(text).subarray(0, limitBytes - Buffer.byteLength(note) - 64);
  let cut = bytes.toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  const open2 = (cut.match(/^<details>/gm) ?? []).length - (cut.match(/^<\/details>/gm) ?? []).length;
  return cut + "\n" + "\n</details>".repeat(Math.max(0, open2)) + note;
}
async function writeJobSummary(markdown) {
  await summary.addRaw(markdown).write();
}

// src/action/run.ts
function messageOf(e) {
  return oneLine(e instanceof Error ? e.message : String(e));
}
async function step(what, fn) {
  try {
    await fn();
    return true;
  } catch (e) {
    warning(`agentpolicy could not ${what}: ${messageOf(e)}`);
    return false;
  }
}
function apiFor(inputs, ctx, env) {
  const unit = Number(env.AGENTPOLICY_RETRY_UNIT_MS);
  return new GitHubApi({
    baseUrl: ctx.apiUrl,
    token: inputs.token,
    ...Number.isFinite(unit) && unit >= 0 && env.AGENTPOLICY_RETRY_UNIT_MS !== "" ? { unitMs: unit } : {},
    onRetry: ({ method, path, attempt, waitMs, reason }) => info(
      `GitHub API ${method} ${path}: ${oneLine(reason)}; retry ${attempt}, waiting ${Math.round(waitMs)} ms`
    )
  });
}
async function resolveWorkflowRunPull(ctx, api) {
  const run = ctx.workflowRun;
  if (!run || ctx.pull || !ctx.owner || !ctx.repo) return;
  let pull;
  if (run.pullNumbers[0] !== void 0) pull = await api.getPull(ctx.owner, ctx.repo, run.pullNumbers[0]);
  else if (run.headLabel) {
    const candidates = await api.findPullsByHead(ctx.owner, ctx.repo, run.headLabel);
    pull = candidates.find((p) => p.head?.sha === run.headSha);
  }
  if (pull && typeof pull.number === "number" && pull.base?.sha) {
    ctx.pull = {
      number: pull.number,
      baseSha: pull.base.sha,
      headSha: run.headSha,
      ...pull.base.ref ? { baseRef: pull.base.ref } : {}
    };
  }
}
function unreadableReason(e) {
  const hint = e instanceof GitHubApiError && e.forbidden ? " (the token cannot read repository contents; grant contents: read, or check out with fetch-depth: 0)" : e instanceof GitHubApiError && (e.status === 429 || e.transient) ? " (GitHub kept failing or rate-limiting after retries)" : "";
  return `${messageOf(e)}${hint}`;
}
async function baseOf(root, inputs, ctx, api) {
  const target = baseTarget(ctx, inputs.base);
  if (!target) return void 0;
  try {
    const { reader, via } = await chooseBaseReader(root, target, ctx, api);
    info(`Comparing with the base ${reader.sha.slice(0, 12)} (read via ${via}).`);
    return { reader, ref: target.ref };
  } catch (e) {
    const error2 = unreadableReason(e);
    warning(`agentpolicy could not read the base version, so this report has no comparison: ${error2}`);
    return { ref: target.ref, error: error2 };
  }
}
function reportPath(env) {
  return join(env.RUNNER_TEMP || tmpdir(), "agentpolicy-report.json");
}
function write(path, text) {
  try {
    writeFileWithFolders(path, text);
  } catch (e) {
    throw new Error(`${path}: ${writeFailure(e) ?? messageOf(e)}`);
  }
}
async function runAction(env = process.env) {
  let inputs;
  try {
    inputs = readInputs();
  } catch (e) {
    setFailed(`agentpolicy: ${messageOf(e)}`);
    return false;
  }
  if (inputs.token) setSecret(inputs.token);
  const ctx = readContext(env);
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const api = ctx.owner && ctx.repo && inputs.token ? apiFor(inputs, ctx, env) : void 0;
  let result;
  try {
    if (api) await step("find the pull request of this workflow run", () => resolveWorkflowRunPull(ctx, api));
    const base = await baseOf(root, inputs, ctx, api);
    result = await runPipeline({
      root,
      paths: inputs.paths,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      frameworks: inputs.frameworks,
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      now: Date.now(),
      ...inputs.config ? { config: inputs.config } : {},
      // Tamper-proofing is for pull requests: a push to the default branch is judged by what it pushes.
      ...base ? { base: { ...base, policySource: ctx.pull ? inputs.policySource : "head" } } : {},
      // A pull request whose base cannot be read is judged by the built-in defaults, never by its own
      // policy; the run fails unless the workflow accepts the defaults (`unreadable-base: defaults`).
      unreadableBase: inputs.unreadableBase === "defaults" ? "defaults" : "fail",
      // Pull requests are judged on what they add by default; pushes and schedules on everything.
      ...inputs.failScope ? { failScope: inputs.failScope } : {},
      defaultFailScope: ctx.pull ? "new" : "all",
      // everything the action delivers comes from the report
      reportOnly: true
    });
  } catch (e) {
    const usage = e instanceof UsageError || e instanceof PolicyError ? "" : "internal error: ";
    setFailed(`agentpolicy: ${usage}${messageOf(e)}`);
    return false;
  }
  const { policy, options } = result;
  const empty = pathsWithoutAgents(root, inputs.paths, yieldedFiles(result));
  if (empty.length > 0) {
    warning(
      `agentpolicy: ${noAgentsMessage(empty)}; nothing was checked there` + (inputs.failOnEmpty ? "" : " (set fail-on-empty: true to fail such runs)")
    );
  }
  if (policy.source === "defaults") {
    warning(
      `agentpolicy could not read the base policy (${policy.baseUnreadable ?? "unknown reason"}); this pull request was judged by the built-in default policy, never by its own .agentpolicy.yml.`
    );
  } else if (policy.source) {
    info(`Judged by the policy at the ${policy.source === "base" ? "base" : "head"}.`);
  }
  const report = {
    ...result.report,
    run: {
      generatedAt: new Date(options.now ?? Date.now()).toISOString(),
      ...ctx.owner && ctx.repo ? { repository: `${ctx.owner}/${ctx.repo}` } : {},
      ...ctx.headSha ? { commit: ctx.headSha } : {}
    }
  };
  info(`Fail scope: ${report.summary.failScope === "new" ? "new findings only" : "all findings"}.`);
  const { rules } = result;
  const input = { report, rules };
  const prefix = await gitPrefix(root) ?? "";
  const jsonPath = reportPath(env);
  const wroteJson = await step("write the JSON report", () => {
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileInBlocks(jsonPath, (w) => writeJson(input, w));
  });
  const sarifPath = resolve(root, inputs.sarifFile);
  const wroteSarif = await step("write the SARIF file", () => write(sarifPath, formatSarif(input)));
  await step(
    "set the outputs",
    () => setOutputs(
      actionOutputs(report, {
        ...wroteJson ? { reportJson: jsonPath } : {},
        ...wroteSarif ? { sarifFile: sarifPath } : {}
      })
    )
  );
  if (inputs.htmlReport) {
    const htmlPath = resolve(root, inputs.htmlReport);
    if (await step("write the HTML report", () => write(htmlPath, formatHtml(input))))
      await step("set the html-report output", () => setOutput("html-report", htmlPath));
  }
  await step("write the job summary", () => writeJobSummary(summaryMarkdown(input)));
  if (inputs.annotations) await step("annotate the files", () => annotate(report, prefix));
  let commentUrl = "";
  if (inputs.comment !== "never" && ctx.pull && api && ctx.owner && ctx.repo) {
    const changed = (report.changes ?? []).filter((c) => c.change !== "removed").map((c) => c.agent);
    const rows = inventoryRowsOf(report.agents ?? [], changed);
    const body = buildComment(input, {
      ...rows.length > 0 ? { inventory: inventoryTableMarkdown(rows) } : {},
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      ...ctx.pull.headSha ? { headSha: ctx.pull.headSha } : {},
      prefix,
      ...ctx.runUrl ? { summaryUrl: ctx.runUrl } : {}
    });
    const target = { owner: ctx.owner, repo: ctx.repo, issue: ctx.pull.number };
    try {
      const posted = await upsertStickyComment(api, target, body, {
        mode: inputs.comment,
        news: hasNews(report)
      });
      commentUrl = oneLine(posted.url ?? "");
      if (posted.action !== "skipped") info(`Pull request comment ${posted.action}: ${commentUrl}`);
    } catch (e) {
      if (e instanceof GitHubApiError && e.forbidden) {
        warning(
          "agentpolicy could not write the pull request comment: the token may not write to pull requests (pull requests from forks get a read-only token). The job summary, annotations, SARIF and outputs are complete; see the workflow_run recipe in the agentpolicy docs to comment on fork pull requests."
        );
      } else {
        warning(`agentpolicy could not write the pull request comment: ${messageOf(e)}`);
      }
    }
  }
  await step("set the comment-url output", () => setOutput("comment-url", commentUrl));
  if (policy.source === "defaults" && inputs.unreadableBase === "fail") {
    setFailed(
      `agentpolicy: the base policy could not be read (${policy.baseUnreadable ?? "unknown reason"}), so the run fails closed: it was judged by the built-in defaults, never by the pull request's own policy. Fix the cause (grant contents: read, check out with fetch-depth: 0, or re-run after GitHub recovers), or set \`unreadable-base: defaults\` to accept the built-in defaults without failing.`
    );
    return false;
  }
  if (!report.summary.passed) setFailed(`agentpolicy ${verdict(report)}`);
  else if (empty.length > 0 && inputs.failOnEmpty) {
    setFailed(`agentpolicy: ${noAgentsMessage(empty)} (fail-on-empty is set)`);
    return false;
  } else info(`agentpolicy ${verdict(report)}`);
  return report.summary.passed;
}

// src/action/main.ts
runAction().catch((e) => {
  setFailed(`agentpolicy: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}`);
});
