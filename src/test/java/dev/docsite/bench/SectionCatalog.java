package dev.docsite.bench;

import java.util.List;

/** The fixed set of sections a security programme handbook is split into. */
public final class SectionCatalog {

    /** Every section, in sidebar order. */
    public static final List<CorpusSection> ALL = List.of(
            section(1, "identity", "Identity and access", "identity",
                    "MFA enrollment", "Privileged access reviews", "SSO onboarding", "Joiner-mover-leaver process",
                    "Service account hygiene", "Break-glass accounts", "Access request approvals", "Password policy"),
            section(2, "appsec", "Application security", "appsec",
                    "Secure code review", "SAST triage", "DAST scanning", "Security champions",
                    "Dependency upgrades", "Security requirements", "Abuse case design", "API security testing"),
            section(3, "vulnerability-management", "Vulnerability management", "vulnerabilities",
                    "Vulnerability triage", "Remediation SLAs", "Risk-based prioritization", "Scanner onboarding",
                    "False positive handling", "Backlog reduction", "Fix verification", "Severity calibration"),
            section(4, "cloud-security", "Cloud security", "cloud",
                    "Cloud posture management", "IAM policy review", "Network segmentation in the cloud",
                    "Storage bucket exposure", "Key management", "Kubernetes hardening", "Landing zone guardrails",
                    "Cloud logging baseline"),
            section(5, "incident-response", "Incident response", "incident",
                    "Incident triage", "On-call rotation", "Forensic evidence handling", "Post-incident review",
                    "Ransomware response", "Customer notification", "Containment decisions", "Tabletop exercises"),
            section(6, "threat-modeling", "Threat modeling", "threat-modeling",
                    "STRIDE workshops", "Data flow diagrams", "Threat model reviews", "Attack trees",
                    "Trust boundary mapping", "Mitigation tracking", "Design review gates", "Threat libraries"),
            section(7, "secure-sdlc", "Secure development lifecycle", "sdlc",
                    "CI/CD security gates", "Branch protection", "Release sign-off", "Security test automation",
                    "Code owner reviews", "Pre-commit hooks", "Build provenance", "Secure defaults"),
            section(8, "supply-chain", "Software supply chain", "supply-chain",
                    "SBOM generation", "Open source intake", "Artifact signing", "License compliance",
                    "Dependency pinning", "Vendor package review", "Container base images", "Registry policies"),
            section(9, "data-protection", "Data protection", "data",
                    "Data classification", "Encryption at rest", "Data retention", "Privacy impact assessments",
                    "Backup protection", "Data loss prevention", "Tokenization", "Cross-border transfers"),
            section(10, "network-security", "Network security", "network",
                    "Firewall rule review", "Zero trust access", "VPN decommissioning", "DNS security",
                    "Egress filtering", "Network monitoring", "Remote access", "Microsegmentation"),
            section(11, "endpoint-security", "Endpoint security", "endpoint",
                    "EDR rollout", "Device compliance", "Patch management", "Local admin removal",
                    "Disk encryption", "Mobile device management", "Browser hardening", "USB control"),
            section(12, "logging-monitoring", "Logging and monitoring", "monitoring",
                    "Log source onboarding", "Detection engineering", "Alert tuning", "SIEM retention",
                    "Threat hunting", "Audit logging", "Use case coverage", "Alert escalation"),
            section(13, "governance", "Governance", "governance",
                    "Security steering committee", "Policy lifecycle", "Roles and accountability",
                    "Security roadmap", "Budget planning", "Board reporting", "Control ownership", "Programme charter"),
            section(14, "risk-management", "Risk management", "risk",
                    "Risk register", "Risk acceptance", "Risk appetite", "Crown jewel analysis",
                    "Risk scoring", "Exception management", "Risk treatment plans", "Business impact analysis"),
            section(15, "compliance", "Compliance", "compliance",
                    "ISO 27001 evidence", "SOC 2 controls", "PCI DSS scoping", "Audit preparation",
                    "Control testing", "Regulatory mapping", "Evidence automation", "Compliance calendar"),
            section(16, "third-party-risk", "Third-party risk", "vendors",
                    "Vendor tiering", "Security questionnaires", "Vendor onboarding", "Contract clauses",
                    "Continuous vendor monitoring", "Vendor offboarding", "Fourth-party risk", "Vendor incident handling"),
            section(17, "awareness-training", "Awareness and training", "training",
                    "Phishing simulations", "Secure coding training", "New hire onboarding", "Security newsletters",
                    "Role-based training", "Training completion tracking", "Capture the flag events", "Reporting suspicious email"),
            section(18, "secrets-management", "Secrets management", "secrets",
                    "Vault onboarding", "Secret rotation", "Secret scanning", "Leaked credential response",
                    "CI secrets", "Certificate lifecycle", "API key ownership", "Hardware security modules"),
            section(19, "pentesting", "Penetration testing", "pentest",
                    "Pentest scoping", "Red team engagements", "Bug bounty triage", "Retesting findings",
                    "Pentest vendor selection", "Rules of engagement", "Attack surface review", "Purple team exercises"),
            section(20, "metrics-reporting", "Metrics and reporting", "metrics",
                    "KPI definitions", "Executive dashboards", "Monthly security report", "SLA reporting",
                    "Trend analysis", "Data quality checks", "Benchmarking", "Quarterly business review"));

    private SectionCatalog() {
    }

    /**
     * The {@code i}-th section (0-based) of a corpus: the catalog's, then the catalog again with numbered labels,
     * for shapes with more sections than the catalog has.
     */
    public static CorpusSection nth(int i) {
        if (i < ALL.size()) {
            return ALL.get(i);
        }
        CorpusSection base = ALL.get(i % ALL.size());
        int position = i + 1;
        String name = base.dirName().substring("section-00-".length());
        return new CorpusSection(position, String.format("section-%03d-%s", position, name),
                base.label() + " " + (i / ALL.size() + 1), base.tag(), base.subjects());
    }

    private static CorpusSection section(int position, String name, String label, String tag, String... subjects) {
        return new CorpusSection(position, String.format("section-%02d-%s", position, name), label, tag,
                List.of(subjects));
    }
}
