/**
 * The egress policy: which hosts a tenant's connections (the {@code mongodb} secrets of {@code mongodb} nodes
 * and of the data explorer today, HTTP calls later) may reach. {@link io.dotportion.core.egress.EgressPolicy}
 * is the port; {@link io.dotportion.core.egress.EgressRules} the implementation (plain JDK: name resolution
 * through an injected {@link io.dotportion.core.egress.HostResolver}).
 *
 * <ul>
 *   <li>A name is resolved first and <em>every</em> address it resolves to is checked; a caller connects only to
 *       the addresses the check returned, so what was checked is what is reached (DNS rebinding cannot slip a
 *       second answer in between).</li>
 *   <li>Refused by default ({@link io.dotportion.core.egress.AddressRanges}): loopback, "this network" and
 *       unspecified, private (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local (incl.
 *       the cloud metadata address 169.254.169.254), IETF-reserved, benchmarking, multicast, reserved and
 *       broadcast; IPv6 loopback, unspecified, link-local, site-local, unique-local (fc00::/7), multicast,
 *       Teredo; and IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4) are judged as the IPv4
 *       address they carry.</li>
 *   <li>An operator allow-list ({@link io.dotportion.core.egress.AllowList}: CIDRs, addresses, host names,
 *       {@code host:port}s) opens restricted addresses a deployment needs.</li>
 *   <li>The platform's own store ({@link io.dotportion.core.egress.StoreEndpoints}) is refused always, allowed
 *       or not, whatever name or address form reaches it.</li>
 * </ul>
 */
package io.dotportion.core.egress;
