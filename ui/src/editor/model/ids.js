// Node and edge ids a template can name: the type, a dash and a number (`parameters-2`).

export function nextNodeId(type, taken) {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${type}-${n}`;
    if (!used.has(id)) return id;
  }
}

export function nextEdgeId(source, target, handle, taken) {
  const used = new Set(taken);
  const base = `e-${source}-${handle ? `${handle}-` : ''}${target}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
