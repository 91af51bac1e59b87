/**
 * Child processes (tesseract, pdftoppm, soffice) belong to the process, not to the worker thread that started
 * them: a thread terminated for running past its time leaves its children running, with nobody left to time them
 * out. Once the batch is over none of ours should be alive, so whatever is left is ended here. Linux only (reads
 * /proc); elsewhere this does nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Kill every remaining child process (and its process group when it leads one, as soffice does). */
export function killStrayChildren(): number {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return 0;
  }
  let killed = 0;
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    if (Number(fields[1]) !== process.pid || fields[0] === 'Z') continue;
    try {
      if (Number(fields[2]) === pid) process.kill(-pid, 'SIGKILL');
      else process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // gone meanwhile
    }
  }
  return killed;
}
