package org.pywin32jvm.ras.phonebook;

/**
 * A dialer whose entries come from elsewhere than a .pbk file (NetworkManager's profiles): RAS calls
 * given no phonebook file read this phonebook instead of the default file; a file given by name is
 * still read from disk.
 */
public interface PhonebookSource {
    /** The entries, as a read-only phonebook; fails with a RAS code and funcname. */
    PbkFile phonebook(String funcname);

    /** The key the dial-parameter store files these entries' credentials under. */
    String storeKey();
}
