// Which controls concern which agent. One function decides it for both the findings (which controls a
// finding may cite) and the coverage (which agents a control applies to), so a report can never cite a
// control for an agent that coverage counts out, nor mark not-applicable a control a finding cites.
//
// A control whose applicability names EU AI Act roles, risk tiers or Annex III areas concerns an agent only
// when the agent declares a matching tier and area; an agent that declares no role may hold either role.

export interface ScopeSpec {
  role?: readonly string[];
  tiers?: readonly string[];
  annex_iii?: readonly string[];
}

/** What applicability needs to know about an agent: its declared tier, role and Annex III area. */
export interface ScopedAgent {
  tier?: string;
  role?: string;
  annexIii?: string;
}

export function isScoped(a: ScopeSpec | undefined): a is ScopeSpec {
  return (
    a !== undefined &&
    ((a.tiers?.length ?? 0) > 0 || (a.role?.length ?? 0) > 0 || (a.annex_iii?.length ?? 0) > 0)
  );
}

/** Whether a control with applicability `a` concerns `agent`; an unscoped control concerns every agent. */
export function appliesTo(a: ScopeSpec | undefined, agent: ScopedAgent): boolean {
  if (!isScoped(a)) return true;
  if (a.tiers && a.tiers.length > 0 && (agent.tier === undefined || !a.tiers.includes(agent.tier)))
    return false;
  if (a.role && a.role.length > 0 && agent.role !== undefined && !a.role.includes(agent.role)) return false;
  if (
    a.annex_iii &&
    a.annex_iii.length > 0 &&
    (agent.annexIii === undefined || !a.annex_iii.includes(agent.annexIii))
  )
    return false;
  return true;
}

/** The tier, role and Annex III area an agent declares (risk.eu_ai_act, risk.role, risk.annex_iii). */
export function scopedAgentOf(data: Record<string, unknown>): ScopedAgent {
  const risk = data.risk;
  const field = (key: string): string | undefined => {
    if (typeof risk !== "object" || risk === null || Array.isArray(risk)) return undefined;
    const v = (risk as Record<string, unknown>)[key];
    return typeof v === "string" ? v : undefined;
  };
  const tier = field("eu_ai_act");
  const role = field("role");
  const annexIii = field("annex_iii");
  return {
    ...(tier !== undefined ? { tier } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(annexIii !== undefined ? { annexIii } : {}),
  };
}
