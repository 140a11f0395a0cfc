package org.pywin32jvm.netbios.emulated;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The LANAs: this machine's non-loopback interfaces with a 6-byte hardware address, ordered by
 * interface index (stable across calls), LANA number = position in that list.
 */
final class Adapters {
    record Adapter(String name, byte[] mac) {}

    private Adapters() {}

    static List<Adapter> list() {
        List<NetworkInterface> found = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                try {
                    if (ni.isLoopback() || ni.isVirtual()) continue;
                    byte[] mac = ni.getHardwareAddress();
                    if (mac != null && mac.length == 6) found.add(ni);
                } catch (SocketException ignored) {
                    // an interface that vanished while we looked
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(NetworkInterface::getIndex));
        List<Adapter> out = new ArrayList<>();
        for (NetworkInterface ni : found) {
            try {
                out.add(new Adapter(ni.getName(), ni.getHardwareAddress()));
            } catch (SocketException ignored) {
                // gone
            }
        }
        return out;
    }
}
