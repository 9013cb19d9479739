package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A query parameter that should be an id but is not a number gets a 400 naming the parameter (?roadmap=abc), instead of
 * the 404 JAX-RS gives a failed conversion, which would read as "no such resource".
 */
@Provider
public class NumericQueryParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        // ids only: the few Integer parameters carry bounds (@Min, @Max) and are left to the default conversion
        if (rawType != Long.class) {
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
