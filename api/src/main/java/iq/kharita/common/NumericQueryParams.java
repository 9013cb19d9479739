package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A query parameter that should be a number but is not gets a 400 naming the parameter (?roadmap=abc, ?minScore=high),
 * instead of the 404 JAX-RS gives a failed conversion, which would read as "no such resource". Bounds (@Min, @Max)
 * are checked after the conversion, as before.
 */
@Provider
public class NumericQueryParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Long.class && rawType != Integer.class) {
            return null;
        }
        String name = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
            }
        }
        if (name == null) {
            return null;
        }
        String parameter = name;
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    if (rawType == Integer.class) {
                        return Integer.valueOf(value.strip()); // not in a ?: with Long, which would widen it to Long
                    }
                    return Long.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw ProblemException.invalid(parameter, "must be a whole number");
                }
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }
}
