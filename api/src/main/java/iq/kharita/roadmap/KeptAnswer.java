package iq.kharita.roadmap;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * An answer kept as the JSON it is sent as: written once per revision instead of once per request (a 500-card board
 * is 200 KB of JSON), compressed once for the clients that accept gzip (browsers: ten times fewer bytes for a screen
 * on a slow link), and tagged with a hash of its content, so a screen that already holds it gets 304 and no body.
 * The tag comes from the content, not from the reader: two readers who would get the same bytes share a tag, and no
 * tag ever stands for two different answers.
 */
public final class KeptAnswer {

    /** Browsers keep the answer but ask each time whether it is still current (an answer for the reader alone). */
    private static final CacheControl REVALIDATE_PRIVATELY = CacheControl.valueOf("private, no-cache");

    private final byte[] json;
    private final EntityTag tag;
    private volatile byte[] gzipped;

    public KeptAnswer(byte[] json) {
        this.json = json;
        this.tag = new EntityTag(contentHash(json));
    }

    /** 304 when If-None-Match names this answer; else the answer, compressed if the client accepts gzip. */
    public Response response(Request request, HttpHeaders headers) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer;
        if (notModified != null) {
            answer = notModified;
        } else if (acceptsGzip(headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING))) {
            answer = Response.ok(gzipped(), MediaType.APPLICATION_JSON_TYPE).encoding("gzip");
        } else {
            answer = Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.tag(tag).cacheControl(REVALIDATE_PRIVATELY).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /** Whether an Accept-Encoding header allows gzip: named, or covered by *, with a weight above zero. */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        Boolean any = null;
        for (String header : acceptEncoding) {
            for (String coding : header.split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean accepted = weight(parts) > 0;
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    gzip = accepted;
                } else if (name.equals("*")) {
                    any = accepted;
                }
            }
        }
        return gzip != null ? gzip : any != null && any;
    }

    private static double weight(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }

    // the first reader that accepts gzip compresses it; readers of the same answer wait rather than compress again
    private byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            synchronized (this) {
                compressed = gzipped;
                if (compressed == null) {
                    gzipped = compressed = gzip(json);
                }
            }
        }
        return compressed;
    }

    private static byte[] gzip(byte[] json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json);
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return bytes.toByteArray();
    }

    private static String contentHash(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
