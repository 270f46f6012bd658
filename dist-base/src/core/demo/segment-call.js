export {};
//# sourceMappingURL=segment-call.js.map