import fs from 'fs';
for (const f of ['departements','regions']) { const t = JSON.parse(fs.readFileSync(`src/data/geo/${f}.topo.json`,'utf8'));
console.log(f, t.arcs.length, t.arcs.reduce((a,b)=>a+b.length,0)); }
