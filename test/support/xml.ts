import { spawn } from 'node:child_process';

/**
 * Why `text` is not well-formed XML, or undefined when it is. Python's expat is a conforming XML
 * 1.0 parser: it refuses what Chromium's SVG decoder and PDF readers' XMP parsers refuse.
 */
export function xmlError(text: string): Promise<string | undefined> {
  const script = ['import sys, xml.dom.minidom', 'try:', '    xml.dom.minidom.parseString(sys.stdin.buffer.read())', 'except Exception as error:', '    print(error)'].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim() || undefined) : reject(new Error(`python3 exited with ${code}`))));
    child.stdin.end(Buffer.from(text, 'utf8'));
  });
}
