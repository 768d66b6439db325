import * as XLSX from '@e965/xlsx';
import { writeFileSync, readFileSync } from 'node:fs';
const N = Number(process.argv[2]);
if (process.argv[3] === 'write') {
  const aoa: unknown[][] = [['Pays','Exercice','Section','Programme','Nature','Libellé','Votés','Révisés','Exécution']];
  for (let i = 0; i < N; i++) aoa.push(['Niger', 2015 + (i % 10), 'Ministère de la Défense nationale', 'Défense du territoire', 'Personnel', `Ligne ${i}`, 1000 + i * 1.5, 2000 + i, 3000.25 + i]);
  const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Budget');
  writeFileSync(`/tmp/wb/big-${N}.xlsx`, XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }));
} else {
  const t = Date.now();
  const bytes = readFileSync(`/tmp/wb/big-${N}.xlsx`);
  const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellText: false, cellHTML: false, cellFormula: false });
  console.log('read ms', Date.now() - t, 'rss MB', Math.round(process.memoryUsage().rss / 1e6), 'heap', Math.round(process.memoryUsage().heapUsed/1e6), wb.Sheets.Budget['!data'].length);
}
