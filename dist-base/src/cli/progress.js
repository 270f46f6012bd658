/** A one-line progress bar on stderr; plain lines every few seconds when stderr is not a terminal. */
export function createProgress(label, total, unit = 'events') {
    const started = Date.now();
    const isTty = process.stderr.isTTY === true;
    let lastDraw = 0;
    const format = (done) => {
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        const rate = done / seconds;
        const share = total > 0 ? Math.min(done / total, 1) : 0;
        const width = 28;
        const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
        const eta = rate > 0 && total > done ? `${Math.ceil((total - done) / rate)} s left` : '';
        return `${label} ${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit}  ${Math.round(rate).toLocaleString('en-US')}/s  ${eta}`;
    };
    return {
        update(done) {
            const now = Date.now();
            if (now - lastDraw < (isTty ? 100 : 5000))
                return;
            lastDraw = now;
            process.stderr.write(isTty ? `\r${format(done)}\x1b[K` : `${format(done)}\n`);
        },
        finish(done) {
            process.stderr.write(isTty ? `\r${format(done)}\x1b[K\n` : `${format(done)}\n`);
        },
    };
}
//# sourceMappingURL=progress.js.map