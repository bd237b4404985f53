// A page script cannot see into the reader's closed shadow root, but it shares the document's font set.
// This one watches `document.fonts` and, for every family that appears after it started, adds a face of the
// same name and descriptors that draws in a monospaced font: added after the reader's own, it would win.
// It loads each face before adding it, so the font set reports no loading. `window.fontTakeover` resolves
// with the families taken over, once the first ones are in.
/* global window, document, setInterval, FontFace */
(() => {
  const before = new Set([...document.fonts].map((face) => face.family));
  const taken = new Set();
  window.fontTakeover = new Promise((resolve) => {
    setInterval(async () => {
      const targets = [...document.fonts].filter(
        (face) => !before.has(face.family) && !taken.has(face.family),
      );
      if (targets.length === 0) return;
      for (const face of targets) taken.add(face.family);
      const decoys = targets.map(
        (face) =>
          new FontFace(face.family, 'local("DejaVu Sans Mono")', { weight: face.weight, style: face.style }),
      );
      await Promise.allSettled(decoys.map((decoy) => decoy.load()));
      for (const decoy of decoys) document.fonts.add(decoy);
      resolve([...taken]);
    }, 50);
  });
})();
