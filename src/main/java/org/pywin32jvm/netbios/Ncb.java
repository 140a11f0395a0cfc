package org.pywin32jvm.netbios;

/**
 * A Netbios Network Control Block as plain Java values. {@code buffer} is a copy of the caller's
 * buffer (length = ncb_length); the backend writes results into it and python-lib copies them back.
 */
public final class Ncb {
    public byte command;
    public byte retcode;
    public byte lsn;
    public byte num;
    public byte[] buffer;
    public byte[] callname = new byte[16];
    public byte[] name = new byte[16];
    public byte rto;
    public byte sto;
    public byte lanaNum;
    public byte cmdCplt;
    public int event;
    public int post;
}
