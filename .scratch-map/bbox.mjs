import fs from 'fs'; import { feature } from 'topojson-client';
const t = JSON.parse(fs.readFileSync('src/data/geo/departements.topo.json','utf8'));
const fc = feature(t, t.objects.departements);
const all=[Infinity,Infinity,-Infinity,-Infinity];
for (const f of fc.features) { const b=[Infinity,Infinity,-Infinity,-Infinity]; let n=0;
  const walk=c=>typeof c[0]==='number'?(b[0]=Math.min(b[0],c[0]),b[1]=Math.min(b[1],c[1]),b[2]=Math.max(b[2],c[0]),b[3]=Math.max(b[3],c[1]),n++):c.forEach(walk);
  walk(f.geometry.coordinates);
  if (f.properties.code.startsWith('97')) console.log(f.properties.code, f.properties.nom, f.geometry.type, b.map(v=>v.toFixed(3)).join(' '), n);
  else { all[0]=Math.min(all[0],b[0]);all[1]=Math.min(all[1],b[1]);all[2]=Math.max(all[2],b[2]);all[3]=Math.max(all[3],b[3]); }
}
console.log('metro', all, fc.features.length);
const r = JSON.parse(fs.readFileSync('src/data/geo/regions.topo.json','utf8'));
console.log(feature(r, r.objects.regions).features.map(f=>f.properties.code+':'+f.properties.nom).join(', '));
console.log(Object.keys(t), t.transform, Object.keys(t.objects));
