package org.pywin32jvm.ras.nm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.types.Variant;
import org.pywin32jvm.ras.phonebook.PbkFile;

/**
 * NetworkManager's dial-like profiles as phonebook entries: the entry name is the profile's id,
 * DEVICE its RAS device type, Device "NetworkManager &lt;type&gt;" (the VPN plugin for VPNs) and
 * PhoneNumber the gateway or number when the profile has one. Two profiles with the same id: the
 * first one NetworkManager lists wins.
 */
final class NmProfiles {
    record Profile(String path, String id, String type, String deviceName, String phone) {}

    final List<Profile> list;
    final PbkFile phonebook;

    private NmProfiles(List<Profile> list) {
        this.list = list;
        PbkFile f = new PbkFile();
        for (Profile p : list) {
            if (f.entry(p.id()) != null) continue;
            PbkFile.Section s = f.addEntry(p.id());
            s.set("DEVICE", NmStates.deviceType(p.type()));
            s.set("Device", p.deviceName());
            if (!p.phone().isEmpty()) s.set("PhoneNumber", p.phone());
        }
        this.phonebook = f;
    }

    /** Reads every profile (a profile deleted meanwhile is skipped). */
    static NmProfiles load(NmClient c) {
        List<Profile> out = new ArrayList<>();
        for (String path : c.listProfiles()) {
            Map<String, Map<String, Variant<?>>> s;
            try {
                s = c.profileSettings(path);
            } catch (NmFailure f) {
                if (f.code == NmStates.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY) continue;
                throw f;
            }
            String type = str(s, "connection", "type");
            String id = str(s, "connection", "id");
            if (!NmStates.DIAL_TYPES.contains(type) || id.isEmpty()) continue;
            out.add(new Profile(path, id, type, deviceName(type, s), phone(type, s)));
        }
        return new NmProfiles(out);
    }

    Profile find(String id) {
        for (Profile p : list) if (p.id().equals(id)) return p;
        for (Profile p : list) if (p.id().equalsIgnoreCase(id)) return p;      // RAS entry names ignore case
        return null;
    }

    Profile byPath(String path) {
        for (Profile p : list) if (p.path().equals(path)) return p;
        return null;
    }

    static String deviceName(String type, Map<String, Map<String, Variant<?>>> s) {
        if (type.equals("vpn")) {
            String service = str(s, "vpn", "service-type");
            return "NetworkManager VPN (" + service.substring(service.lastIndexOf('.') + 1) + ")";
        }
        return "NetworkManager " + type;
    }

    private static String phone(String type, Map<String, Map<String, Variant<?>>> s) {
        if (type.equals("gsm") || type.equals("cdma")) return str(s, type, "number");
        if (type.equals("vpn") && value(s, "vpn", "data") instanceof Map<?, ?> data) {
            Object remote = data.get("remote");
            if (remote == null) remote = data.get("gateway");
            return remote == null ? "" : String.valueOf(remote);
        }
        return "";
    }

    private static Object value(Map<String, Map<String, Variant<?>>> s, String setting, String key) {
        Map<String, Variant<?>> m = s.get(setting);
        Variant<?> v = m == null ? null : m.get(key);
        return v == null ? null : v.getValue();
    }

    private static String str(Map<String, Map<String, Variant<?>>> s, String setting, String key) {
        Object v = value(s, setting, key);
        return v == null ? "" : String.valueOf(v);
    }
}
