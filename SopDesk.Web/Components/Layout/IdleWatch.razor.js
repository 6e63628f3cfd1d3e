// Tells the server (at most every `everyMs`) that the officer is using the page, so an idle tab can be signed out.
const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];
let seen = null;

export function watch(dotnet, everyMs) {
    stop();
    let last = 0;
    seen = () => {
        const now = Date.now();
        if (now - last < everyMs) return;
        last = now;
        dotnet.invokeMethodAsync('Active');
    };
    for (const e of events) addEventListener(e, seen, { passive: true, capture: true });
}

export function stop() {
    if (seen) for (const e of events) removeEventListener(e, seen, { capture: true });
    seen = null;
}
