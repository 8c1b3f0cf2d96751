/**
 * A certificate authority made for one test run and thrown away: a root, an intermediate, an
 * Alexa-like signing certificate (SAN echo-api.amazon.com) and a TLS certificate for a local
 * HTTPS server standing in for S3. Keys are generated at test time with the openssl command
 * line (node:crypto makes keys but not certificates), so no private key is ever committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Issued {
  /** PEM certificate. */
  cert: string;
  /** PEM private key (PKCS#8). */
  key: string;
}

export interface ThrowawayCa {
  root: Issued;
  intermediate: Issued;
  /** Signs Alexa requests: SAN DNS:echo-api.amazon.com, issued by the intermediate. */
  signing: Issued;
  /** The same, without the echo-api.amazon.com name. */
  signingWithoutSan: Issued;
  /** The same name, issued by a root nobody trusts. */
  signingFromStranger: Issued;
  /** TLS for the local HTTPS server: SAN IP:127.0.0.1 and DNS:localhost, issued by the root. */
  server: Issued;
}

const CA_EXTENSIONS = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n';

function leafExtensions(names: string): string {
  return `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n${names ? `subjectAltName=${names}\n` : ''}`;
}

/** Makes every certificate; takes about a second of openssl. */
export function createThrowawayCa(): ThrowawayCa {
  const dir = mkdtempSync(path.join(tmpdir(), 'throwaway-ca-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  let serial = 1;

  const key = (name: string) => {
    openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', `${name}.key`);
  };
  const selfSigned = (name: string, subject: string): Issued => {
    key(name);
    writeFileSync(path.join(dir, `${name}.ext`), CA_EXTENSIONS);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-signkey', `${name}.key`, '-days', '3650', '-sha256', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    return { cert: read(`${name}.pem`), key: read(`${name}.key`) };
  };
  const issue = (name: string, subject: string, issuer: string, extensions: string, days = 365): Issued => {
    key(name);
    writeFileSync(path.join(dir, `${name}.ext`), extensions);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${issuer}.pem`,
      '-CAkey',
      `${issuer}.key`,
      '-set_serial',
      String(serial++),
      '-days',
      String(days),
      '-sha256',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    );
    return { cert: read(`${name}.pem`), key: read(`${name}.key`) };
  };

  try {
    const root = selfSigned('root', '/CN=Throwaway Test Root');
    const intermediate = issue('intermediate', '/CN=Throwaway Test Intermediate', 'root', CA_EXTENSIONS, 1825);
    const signing = issue('signing', '/CN=echo-api.amazon.com', 'intermediate', leafExtensions('DNS:echo-api.amazon.com'));
    const signingWithoutSan = issue('nosan', '/CN=echo-api.amazon.com', 'intermediate', leafExtensions('DNS:not-echo-api.example.com'));
    selfSigned('stranger', '/CN=Untrusted Root');
    const signingFromStranger = issue('foreign', '/CN=echo-api.amazon.com', 'stranger', leafExtensions('DNS:echo-api.amazon.com'));
    const server = issue('server', '/CN=localhost', 'root', leafExtensions('IP:127.0.0.1,DNS:localhost'));
    return { root, intermediate, signing, signingWithoutSan, signingFromStranger, server };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The chain a signing certificate is served as: leaf first, then the intermediate. */
export function chainOf(leaf: Issued, ca: ThrowawayCa): string {
  return `${leaf.cert}${ca.intermediate.cert}`;
}
