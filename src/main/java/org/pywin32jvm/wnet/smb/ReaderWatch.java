package org.pywin32jvm.wnet.smb;

import java.util.function.Consumer;

import com.hierynomus.protocol.transport.PacketHandlers;
import com.hierynomus.protocol.transport.PacketReceiver;
import com.hierynomus.protocol.transport.TransportException;
import com.hierynomus.protocol.transport.TransportLayer;
import com.hierynomus.smb.SMBPacket;
import com.hierynomus.smb.SMBPacketData;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.transport.TransportLayerFactory;
import com.hierynomus.smbj.transport.tcp.direct.DirectTcpTransportFactory;

/**
 * smbj's TCP transport, plus word the moment a connection's packet reader dies (the server closed or reset the
 * socket: its process was killed, it restarted). smbj itself closes such a connection only after trying to log its
 * sessions off, which waits up to the timeout, and until then hands it out as connected; with this, the connection
 * counts as dead at once ({@link SmbClients#dead}) and the next call logs on afresh. The receiver smbj gives the
 * transport is the connection itself; it is what {@code dead} gets.
 */
final class ReaderWatch implements TransportLayerFactory<SMBPacketData<?>, SMBPacket<?, ?>> {
    private final DirectTcpTransportFactory<SMBPacketData<?>, SMBPacket<?, ?>> tcp = new DirectTcpTransportFactory<>();
    private final Consumer<Object> dead;

    ReaderWatch(Consumer<Object> dead) { this.dead = dead; }

    @Override
    public TransportLayer<SMBPacket<?, ?>> createTransportLayer(PacketHandlers<SMBPacketData<?>, SMBPacket<?, ?>> h,
                                                                SmbConfig config) {
        PacketReceiver<SMBPacketData<?>> connection = h.getReceiver();
        PacketReceiver<SMBPacketData<?>> watched = new PacketReceiver<>() {
            @Override
            public void handle(SMBPacketData<?> packet) throws TransportException { connection.handle(packet); }

            @Override
            public void handleError(Throwable t) {      // only a reader that was not stopped by a close of ours
                dead.accept(connection);
                connection.handleError(t);
            }
        };
        return tcp.createTransportLayer(new PacketHandlers<>(h.getSerializer(), watched, h.getPacketFactory()), config);
    }
}
