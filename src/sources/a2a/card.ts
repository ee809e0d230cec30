// A2A agent cards (/.well-known/agent-card.json since A2A 0.3, /.well-known/agent.json before). Schema:
// https://a2a-protocol.org/latest/specification/ (AgentCard: name, description, url, version,
// provider {organization, url}, securitySchemes (apiKey | http | oauth2 | openIdConnect | mutualTLS),
// security (requirements), skills, signatures (JWS over the card)).
import { escapePointerSegment } from "../../util/pointer.js";
import { emptyConfig, str, type NativeConfig } from "../model.js";
import { isRecord } from "../../util/guards.js";
import { isPlainRemote } from "../servers.js";

export function readAgentCard(data: unknown, file: string): NativeConfig | undefined {
  if (!isRecord(data) || typeof data.name !== "string") return undefined;
  if (data.url === undefined && data.skills === undefined && data.capabilities === undefined)
    return undefined;
  const config = emptyConfig("a2a-card", "a2a", file);
  const url = str(data.url);
  const schemes = isRecord(data.securitySchemes)
    ? Object.keys(data.securitySchemes).map((name) => {
        const s = (data.securitySchemes as Record<string, unknown>)[name];
        const type = isRecord(s) ? str(s.type) : undefined;
        return {
          name,
          ...(type !== undefined ? { type } : {}),
          pointer: `/securitySchemes/${escapePointerSegment(name)}`,
        };
      })
    : [];
  const provider = isRecord(data.provider) ? data.provider : undefined;
  const organization = provider ? str(provider.organization)?.trim() : undefined;
  const skills = Array.isArray(data.skills)
    ? data.skills.map((s, i) => {
        const r = isRecord(s) ? s : {};
        const id = str(r.id);
        const name = str(r.name);
        return {
          ...(id !== undefined ? { id } : {}),
          ...(name !== undefined ? { name } : {}),
          pointer: `/skills/${i}`,
        };
      })
    : [];
  const version = str(data.version);
  config.card = {
    name: data.name,
    ...(url !== undefined ? { url } : {}),
    urlPointer: "/url",
    plainHttp: url !== undefined && isPlainRemote(url),
    ...(organization ? { organization } : {}),
    schemes,
    securityRequired: Array.isArray(data.security) && data.security.length > 0,
    signed: Array.isArray(data.signatures) && data.signatures.length > 0,
    skills,
    ...(version !== undefined ? { version } : {}),
  };
  return config;
}
