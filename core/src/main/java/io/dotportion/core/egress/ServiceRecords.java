package io.dotportion.core.egress;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;

/** DNS SRV lookups through the JDK's DNS provider (JNDI), bounded to a few seconds. */
final class ServiceRecords {
    private ServiceRecords() {}

    /** The targets of the SRV record {@code name}; empty when it does not resolve. */
    static List<HostResolver.ServiceTarget> lookup(String name) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("com.sun.jndi.dns.timeout.initial", "1000");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        List<HostResolver.ServiceTarget> targets = new ArrayList<>();
        try {
            InitialDirContext context = new InitialDirContext(env);
            try {
                Attribute records =
                        context.getAttributes(name, new String[] {"SRV"}).get("SRV");
                if (records == null) {
                    return targets;
                }
                NamingEnumeration<?> values = records.getAll();
                while (values.hasMore()) {
                    String[] parts = values.next().toString().trim().split("\\s+");
                    if (parts.length == 4) {
                        targets.add(new HostResolver.ServiceTarget(parts[3], Integer.parseInt(parts[2])));
                    }
                }
            } finally {
                context.close();
            }
        } catch (NamingException | NumberFormatException e) {
            return List.of();
        }
        return targets;
    }
}
