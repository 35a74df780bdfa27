/**
 * Built only in `--mode e2e`: the empty extension page `npm run bench` times against the popup. It
 * marks the same moment the popup marks for its list (the frame after its content is in the page),
 * so the two times differ only by what the popup does.
 */
requestAnimationFrame(() => performance.mark('loopkeeper:list-drawn'));
