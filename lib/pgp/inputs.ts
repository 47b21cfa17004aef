/**
 * Turns the raw inputs of a check (key file, signature file, signed file,
 * expected fingerprint) into openpgp.js objects, or says precisely why one
 * cannot be read, as a code (explain.ts words it). Runs in Node and in the
 * browser: inputs are strings or bytes.
 */
import type * as OpenPGP from 'openpgp';
import { parseFingerprint } from '@/lib/keys/fingerprint';
import { errorCause, errorText, type ErrorCause, type OpenPGPModule } from './openpgp';

/** Which input a problem is about. */
export type InputName = 'key' | 'signature' | 'data' | 'message' | 'fingerprint';
/** What an input turned out to hold when it is not what was expected. */
export type Found = 'public-key' | 'private-key' | 'signature' | 'signed-message' | 'message';
export type UnreadableReason =
  | 'empty'
  | 'too-large'
  | 'too-many'
  | 'truncated'
  | 'damaged'
  | 'not-openpgp'
  | 'wrong-type'
  | 'no-signature'
  | 'bad-fingerprint'
  | 'unexpected-error';

/** Why one input cannot be used; `input` null: the check itself failed (`unexpected-error`). */
export interface InputProblem {
  input: InputName | null;
  reason: UnreadableReason;
  /** wrong-type: what the input holds instead. */
  found?: Found;
  /** too-large: the size limit it passed, in bytes. */
  limitBytes?: number;
  /** too-many: how many signatures (or key parts) it holds, and the most accepted. */
  count?: number;
  countLimit?: number;
  /** damaged, unexpected-error: the library's message (English, a technical detail) and its code. */
  error?: string;
  cause?: ErrorCause;
}
export type Read<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

/** Largest accepted input, in bytes (UTF-16 code units for strings). Anything larger is `too-large`. */
export const PGP_INPUT_LIMITS: Record<'key' | 'signature' | 'message' | 'data', number> = {
  key: 8 * 1024 * 1024,
  signature: 1024 * 1024,
  message: 16 * 1024 * 1024,
  data: 64 * 1024 * 1024,
};

/**
 * Most signatures a file may hold: document signatures in a signature file or clearsigned
 * block, and self-signatures (certifications, bindings, revocations) over all keys of a key
 * file, which openpgp.js verifies one by one. Within the byte limits, a hostile file could
 * otherwise hold tens of thousands of them and keep the check (and a browser tab) busy for
 * many seconds. Anything more is `too-many`, with the count.
 */
export const COUNT_LIMITS = { signatures: 100, keySignatures: 1000 } as const;

/** Self-signatures openpgp.js may verify for these keys (third-party certifications are never verified). */
function selfSignatureCount(keys: OpenPGP.Key[]): number {
  let count = 0;
  for (const key of keys) {
    count += 1 + key.revocationSignatures.length + ((key as unknown as { directSignatures?: unknown[] }).directSignatures?.length ?? 0);
    for (const user of key.users) count += 1 + user.selfCertifications.length + user.revocationSignatures.length;
    for (const subkey of key.subkeys) count += 1 + subkey.bindingSignatures.length + subkey.revocationSignatures.length;
  }
  return count;
}

const tooManyKeySignatures = (keys: OpenPGP.Key[]) => {
  const count = selfSignatureCount(keys);
  return count > COUNT_LIMITS.keySignatures ? fail('key', 'too-many', { count, countLimit: COUNT_LIMITS.keySignatures }) : null;
};

const fail = (input: InputName | null, reason: UnreadableReason, more: Partial<InputProblem> = {}): { ok: false; problem: InputProblem } => ({
  ok: false,
  problem: { input, reason, ...more },
});
/** An input openpgp.js could not parse, with its message and the code for it. */
const damaged = (input: InputName, error: unknown) => fail(input, 'damaged', { error: errorText(error), cause: errorCause(error) });

type Raw = { text: string } | { bytes: Uint8Array };

/** Bytes starting with a packet tag (high bit set, no UTF-8 BOM) are binary OpenPGP; anything else is read as text. */
function classify(input: Uint8Array | string, name: keyof typeof PGP_INPUT_LIMITS): Read<Raw> {
  const size = input.length;
  if (size > PGP_INPUT_LIMITS[name]) return fail(name, 'too-large', { limitBytes: PGP_INPUT_LIMITS[name] });
  if (typeof input === 'string') return input.trim() === '' ? fail(name, 'empty') : { ok: true, value: { text: input } };
  if (size === 0) return fail(name, 'empty');
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  if (input[0] & 0x80 && !bom) return { ok: true, value: { bytes: input } };
  const text = new TextDecoder().decode(input);
  return text.trim() === '' ? fail(name, 'empty') : { ok: true, value: { text } };
}

type ArmorType = 'SIGNED MESSAGE' | 'MESSAGE' | 'PUBLIC KEY BLOCK' | 'PRIVATE KEY BLOCK' | 'SIGNATURE';
type Block = { type: ArmorType; start: number; end: number | null };

const BEGIN = /^-----BEGIN PGP (SIGNED MESSAGE|MESSAGE(?:, PART \d+(?:\/\d+)?)?|PUBLIC KEY BLOCK|PRIVATE KEY BLOCK|SIGNATURE)-----[ \t]*\r?$/gm;

/** The armored blocks of a text, in order; `end` is null when the END line is missing (truncated). */
function armorBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const type = (m[1].startsWith('MESSAGE') ? 'MESSAGE' : m[1]) as ArmorType;
    // A clearsigned message ends with its signature block.
    const endType = type === 'SIGNED MESSAGE' ? 'SIGNATURE' : m[1];
    const endLine = new RegExp(`^-----END PGP ${endType.replace('/', '\\/')}-----[ \\t]*\\r?$`, 'm');
    const after = text.slice(m.index + m[0].length);
    const found = endLine.exec(after);
    const end = found ? m.index + m[0].length + found.index + found[0].length : null;
    blocks.push({ type, start: m.index, end });
    if (end === null) break;
    BEGIN.lastIndex = end;
  }
  return blocks;
}

const FOUND: Record<ArmorType, Found> = {
  'SIGNED MESSAGE': 'signed-message',
  MESSAGE: 'message',
  'PUBLIC KEY BLOCK': 'public-key',
  'PRIVATE KEY BLOCK': 'private-key',
  SIGNATURE: 'signature',
};

const isDocumentSignature = (pgp: OpenPGPModule, packet: OpenPGP.SignaturePacket) =>
  packet.signatureType === pgp.enums.signature.binary || packet.signatureType === pgp.enums.signature.text;

/** What binary OpenPGP data holds, when it is a key or a signature. */
async function identifyBinary(pgp: OpenPGPModule, bytes: Uint8Array): Promise<Found | null> {
  try {
    const keys = await pgp.readKeys({ binaryKeys: bytes });
    return keys[0].isPrivate() ? 'private-key' : 'public-key';
  } catch {
    /* not keys */
  }
  try {
    const signature = await pgp.readSignature({ binarySignature: bytes });
    if (signature.packets.some((p) => isDocumentSignature(pgp, p))) return 'signature';
  } catch {
    /* not a signature */
  }
  return null;
}

/** Every key of a key file: one armored block or several, or binary. */
export async function readKeysInput(pgp: OpenPGPModule, input: Uint8Array | string): Promise<Read<OpenPGP.Key[]>> {
  const raw = classify(input, 'key');
  if (!raw.ok) return raw;
  if ('bytes' in raw.value) {
    try {
      const keys = await pgp.readKeys({ binaryKeys: raw.value.bytes });
      return tooManyKeySignatures(keys) ?? { ok: true, value: keys };
    } catch (error) {
      const found = await identifyBinary(pgp, raw.value.bytes);
      return found ? fail('key', 'wrong-type', { found }) : damaged('key', error);
    }
  }
  const text = raw.value.text;
  const blocks = armorBlocks(text);
  if (blocks.length === 0) return fail('key', 'not-openpgp');
  const keyBlocks = blocks.filter((b) => b.type === 'PUBLIC KEY BLOCK' || b.type === 'PRIVATE KEY BLOCK');
  if (keyBlocks.length === 0) return fail('key', 'wrong-type', { found: FOUND[blocks[0].type] });
  const keys: OpenPGP.Key[] = [];
  for (const block of keyBlocks) {
    if (block.end === null) return fail('key', 'truncated');
    try {
      keys.push(...(await pgp.readKeys({ armoredKeys: text.slice(block.start, block.end) })));
    } catch (error) {
      return damaged('key', error);
    }
    const tooMany = tooManyKeySignatures(keys);
    if (tooMany) return tooMany;
  }
  return { ok: true, value: keys };
}

/** The signatures over a document (binary or text type) of a detached signature file, in file order. */
export async function readSignatureInput(pgp: OpenPGPModule, input: Uint8Array | string): Promise<Read<OpenPGP.Signature>> {
  const raw = classify(input, 'signature');
  if (!raw.ok) return raw;
  const packets: OpenPGP.SignaturePacket[] = [];
  if ('bytes' in raw.value) {
    try {
      packets.push(...(await pgp.readSignature({ binarySignature: raw.value.bytes })).packets);
    } catch (error) {
      const found = await identifyBinary(pgp, raw.value.bytes);
      return found ? fail('signature', 'wrong-type', { found }) : damaged('signature', error);
    }
    if (!packets.some((p) => isDocumentSignature(pgp, p))) {
      const found = await identifyBinary(pgp, raw.value.bytes);
      if (found && found !== 'signature') return fail('signature', 'wrong-type', { found });
    }
  } else {
    const text = raw.value.text;
    const blocks = armorBlocks(text);
    if (blocks.length === 0) return fail('signature', 'not-openpgp');
    const signed = blocks.find((b) => b.type === 'SIGNED MESSAGE');
    if (signed) return fail('signature', 'wrong-type', { found: 'signed-message' });
    const signatureBlocks = blocks.filter((b) => b.type === 'SIGNATURE');
    if (signatureBlocks.length === 0) return fail('signature', 'wrong-type', { found: FOUND[blocks[0].type] });
    for (const block of signatureBlocks) {
      if (block.end === null) return fail('signature', 'truncated');
      try {
        packets.push(...(await pgp.readSignature({ armoredSignature: text.slice(block.start, block.end) })).packets);
      } catch (error) {
        return damaged('signature', error);
      }
    }
  }
  return documentSignatures(pgp, packets, 'signature');
}

function documentSignatures(pgp: OpenPGPModule, packets: OpenPGP.SignaturePacket[], input: InputName): Read<OpenPGP.Signature> {
  const list = new pgp.PacketList<OpenPGP.SignaturePacket>();
  list.push(...packets.filter((p) => isDocumentSignature(pgp, p)));
  if (list.length > COUNT_LIMITS.signatures) {
    return fail(input, 'too-many', { count: list.length, countLimit: COUNT_LIMITS.signatures });
  }
  return list.length === 0 ? fail(input, 'no-signature') : { ok: true, value: new pgp.Signature(list) };
}

export type Cleartext = {
  message: OpenPGP.CleartextMessage;
  /** Its document signatures, in the order openpgp.verify() reports them. */
  signature: OpenPGP.Signature;
  /** Whether the file holds text outside the signed block (text the signature does not cover). */
  outside: boolean;
};

/** The first clearsigned block of a text. */
export async function readCleartextInput(pgp: OpenPGPModule, input: Uint8Array | string): Promise<Read<Cleartext>> {
  const raw = classify(input, 'message');
  if (!raw.ok) return raw;
  if ('bytes' in raw.value) {
    const found = await identifyBinary(pgp, raw.value.bytes);
    return found ? fail('message', 'wrong-type', { found }) : fail('message', 'not-openpgp');
  }
  const text = raw.value.text;
  const blocks = armorBlocks(text);
  const block = blocks.find((b) => b.type === 'SIGNED MESSAGE');
  if (!block) return blocks.length ? fail('message', 'wrong-type', { found: FOUND[blocks[0].type] }) : fail('message', 'not-openpgp');
  if (block.end === null) return fail('message', 'truncated');
  let message: OpenPGP.CleartextMessage;
  try {
    message = await pgp.readCleartextMessage({ cleartextMessage: text.slice(block.start, block.end) });
  } catch (error) {
    return damaged('message', error);
  }
  // openpgp.js keeps the parsed signature on the message without declaring it in its types.
  const parsed = (message as unknown as { signature?: unknown }).signature;
  if (!(parsed instanceof pgp.Signature)) return fail('message', 'damaged', { cause: 'bad-armor' });
  const signature = documentSignatures(pgp, [...parsed.packets], 'message');
  if (!signature.ok) return signature;
  const outside = (text.slice(0, block.start) + text.slice(block.end)).trim() !== '';
  return { ok: true, value: { message, signature: signature.value, outside } };
}

/** The signed file's bytes; a string is taken as UTF-8 text. */
export function readDataInput(input: Uint8Array | string): Read<Uint8Array> {
  if (input.length > PGP_INPUT_LIMITS.data) return fail('data', 'too-large', { limitBytes: PGP_INPUT_LIMITS.data });
  return { ok: true, value: typeof input === 'string' ? new TextEncoder().encode(input) : input };
}

/** The expected fingerprint as an input: parseFingerprint's answer, or a `bad-fingerprint` problem. */
export function readFingerprintInput(input: string): Read<string> {
  const hex = parseFingerprint(input);
  return hex ? { ok: true, value: hex } : fail('fingerprint', 'bad-fingerprint');
}
