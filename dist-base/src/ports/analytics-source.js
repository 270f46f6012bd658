export {};
//# sourceMappingURL=analytics-source.js.map